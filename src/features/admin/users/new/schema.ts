import { z } from 'zod';
import { MIN_PASSWORD_LENGTH } from '../../../../services/admin/add-user.js';
import { rolesField } from '../roles-field.js';

/** Add-a-user form (GOV.UK wording). */
export const newUserSchema = z.object({
  name: z
    .string({ error: 'Enter the user’s full name' })
    .trim()
    .min(1, 'Enter the user’s full name')
    .max(200, 'Full name must be 200 characters or fewer'),
  email: z
    .string({ error: 'Enter an email address' })
    .trim()
    .min(1, 'Enter an email address')
    .email('Enter an email address in the correct format, like name@example.org'),
  organisation: z.string({ error: 'Select an organisation' }).uuid('Select an organisation'),
  roles: rolesField(true),
  password: z
    .string({ error: 'Enter a password' })
    .min(1, 'Enter a password')
    .min(MIN_PASSWORD_LENGTH, `Password must be ${MIN_PASSWORD_LENGTH} characters or more`),
});
