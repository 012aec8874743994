import { z } from 'zod';

/** Sign-in form (GOV.UK wording). */
export const signInSchema = z.object({
  email: z
    .string({ error: 'Enter your email address' })
    .trim()
    .min(1, 'Enter your email address')
    .email('Enter an email address in the correct format, like name@example.org'),
  password: z.string({ error: 'Enter your password' }).min(1, 'Enter your password'),
  returnTo: z.string().optional(),
});

/** Only same-site paths are followed after sign-in. */
export function safeReturnTo(value: unknown): string {
  return typeof value === 'string' && value.startsWith('/') && !value.startsWith('//') ? value : '/';
}
