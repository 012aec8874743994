/**
 * Name lists for the scale generator: an LLR-like mix of White British (with Irish and Scottish
 * names), Gujarati Hindu, Punjabi Sikh, Pakistani, Bangladeshi, Gujarati Muslim and Somali,
 * Polish, Romanian, Lithuanian and Latvian, Czech and Slovak (including Roma family names),
 * Ukrainian, Russian and Bulgarian, and Black African and Caribbean names, written as agencies
 * record them (diacritics sometimes kept).
 *
 * The point is realistic SELECTIVITY for the trigram and phonetic search: each list is in rough
 * order of frequency and drawn with Zipf-like weights (a few very common names, a long tail),
 * and British surnames get a tail of several hundred English place-name surnames (Ashworth,
 * Thornley, Bradbury…) built from common toponymic parts, as the real surname distribution has
 * tens of thousands of rare names. Hand-compiled from general knowledge of common names
 * (ONS/NHS frequency lists for England and Wales; the most frequent names in Leicester); no
 * real person's record is used, and every combination is fictional.
 *
 * Syntax: whitespace-separated names; "Name:12" gives a weight explicitly (otherwise Zipf by
 * position); "Masculine/Feminine" for surnames with a gendered form.
 */

export type Group = 'british' | 'gujarati' | 'sikh' | 'muslim' | 'polish' | 'romanian' | 'baltic' | 'czech' | 'slavic' | 'african';

export interface NamePool {
  female: string;
  male: string;
  surnames: string;
}

export const POOLS: Record<Group, NamePool> = {
  british: {
    female: `Sarah Emma Claire Laura Rebecca Lisa Karen Nicola Helen Louise Amy Jessica Hannah Sophie Emily Lucy Charlotte Gemma
      Rachel Samantha Michelle Kelly Joanne Victoria Donna Julie Susan Deborah Tracey Sharon Elizabeth Katherine Jennifer Natalie
      Lauren Danielle Stacey Leanne Zoe Jade Holly Kirsty Chloe Megan Olivia Amelia Isla Ava Grace Mia Poppy Ella Lily Evie Ruby
      Freya Daisy Phoebe Matilda Rosie Millie Scarlett Sienna Imogen Molly Harriet Angela Alison Jacqueline Dawn Sandra Carol Linda
      Christine Janet Pauline Barbara Brenda Jean Maureen Sheila Kathleen Valerie Margaret Patricia Abigail Eleanor Joanna Kayleigh
      Chelsea Paige Bethany Courtney Jodie Kerry Lindsey Hayley Carly Vicky Jenna Katie Georgia Ellie Keira Summer Niamh Siobhan
      Aoife Caitlin Eilidh Fiona Morag Bronwen Gwen Rhiannon`,
    male: `David John Paul Mark James Andrew Michael Richard Robert Christopher Daniel Stephen Thomas Matthew Peter Steven Ian Simon
      Gary Lee Craig Darren Neil Wayne Dean Kevin Martin Anthony Jason Carl Scott Adam Luke Ryan Jamie Liam Jack Oliver Harry George
      Noah Charlie Jacob Alfie Freddie Oscar Leo Archie Joshua Samuel Benjamin Joseph William Edward Nicholas Timothy Jonathan
      Philip Graham Keith Brian Alan Colin Trevor Roger Terence Dennis Raymond Kenneth Barry Derek Gregory Henry Frederick Lewis
      Callum Jordan Kieran Nathan Aaron Ashley Reece Tyler Ethan Mason Logan Max Toby Connor Shaun Brandon Kyle Bradley Declan
      Sean Patrick Conor Ciaran Eoin Hamish Angus Gareth Rhys Dylan Owen`,
    surnames: `Smith:120 Jones:85 Williams:80 Taylor:70 Brown:65 Davies:55 Evans:45 Wilson:45 Thomas:42 Johnson:40 Roberts:40
      Robinson:35 Thompson:35 Wright:35 Walker:34 White:33 Edwards:32 Hughes:31 Green:30 Hall:30 Lewis:29 Harris:29 Clarke:28
      Jackson:28 Wood:27 Turner:26 Martin:26 Cooper:25 Hill:25 Ward:25 Morris:24 Moore:24 Clark:23 Lee:23 King:23 Baker:22
      Harrison:22 Morgan:21 Allen:21 James:21 Scott:20 Phillips:20 Watson:20 Davis:19 Parker:19 Price:19 Bennett:19 Young:18
      Griffiths:18 Mitchell:18 Kelly:18 Cook:17 Carter:17 Richardson:17 Bailey:17 Collins:16 Bell:16 Shaw:16 Murphy:16 Miller:15
      Cox:15 Richards:15 Marshall:15 Anderson:14 Simpson:14 Ellis:14 Adams:14 Wilkinson:13 Foster:13 Chapman:13 Powell:13 Webb:13
      Rogers:12 Gray:12 Mason:12 Hunt:12 Campbell:12 Matthews:12 Owen:11 Palmer:11 Holmes:11 Mills:11 Barnes:11 Knight:11 Lloyd:11
      Butler:10 Russell:10 Barker:10 Fisher:10 Stevens:10 Jenkins:10 Murray:10 Dixon:10 Harvey:10 Graham:9 Pearson:9 Fletcher:9
      Walsh:9 Gibson:9 Howard:9 Andrews:9 Stewart:9 Elliott:9 Reynolds:8 Saunders:8 Payne:8 Fox:8 Ford:8 Pearce:8 Day:8 Brooks:8
      West:8 Lawrence:8 Cole:8 Atkinson:8 Bradley:7 Spencer:7 Dawson:7 Ball:7 Burton:7 O'Brien:7 Watts:7 Rose:7 Booth:7 Perry:7
      Ryan:7 Grant:7 Wells:7 Armstrong:7 Francis:7 Rees:6 Hayes:6 Hart:6 Hudson:6 Newman:6 Barrett:6 Webster:6 Hunter:6 Gregory:6
      Carr:6 Lowe:6 Page:6 Marsh:6 Riley:6 Dunn:6 Woods:6 Parsons:6 Berry:6 Stone:6 Reid:6 Holland:5 Hawkins:5 Harding:5 Porter:5
      Robertson:5 Newton:5 Oliver:5 Reed:5 Kennedy:5 Williamson:5 Bird:5 Gardner:5 Dean:5 Lane:5 Cooke:5 Bates:5 Henderson:5
      Parry:5 Burgess:5 Bishop:5 Walton:5 Burns:5 Nicholson:5 Shepherd:5 Ross:5 Cross:5 Long:5 Freeman:5 Warren:5 Nicholls:5
      Hamilton:5 Byrne:4 Sutton:4 McDonald:4 Yates:4 Hodgson:4 Robson:4 Curtis:4 Hopkins:4 O'Connor:4 Harper:4 Coleman:4
      Watkins:4 Moss:4 McCarthy:4 Chambers:4 O'Neill:4 Griffin:4 Sharp:4 Hardy:4 Wheeler:4 Potter:4 Osborne:4 Johnston:4 Gordon:4
      Doyle:4 Wallace:4 George:4 Jordan:4 Hutchinson:4 Rowe:4 Burke:4 May:4 Pritchard:4 Gilbert:4 Willis:4 Higgins:4 Read:4
      Miles:4 Stevenson:4 Stephenson:4 Hammond:4 Arnold:4 Buckley:4 Walters:4 Hewitt:4 Barber:4 Nelson:4 Slater:4 Austin:4
      Sullivan:4 Whitehouse:3 Randall:3 Pickering:3 Goodwin:3 Tomlinson:3 Hextall:2 Oldershaw:2 Tebbutt:2 Wigley:2 Burbidge:2
      Bramley:2 Sutcliffe:2 Fitzgerald:2 MacDonald:2 McKenzie:2 Quinn:2 Gallagher:2 Docherty:2 Maguire:2 Flanagan:2 Donnelly:2`,
  },
  gujarati: {
    female: `Priya Anjali Nisha Pooja Hetal Kiran Bhavna Jyoti Sunita Anita Meena Rekha Nikita Komal Dipika Hema Shilpa Kajal Reena
      Neha Sonal Rupal Mital Nirali Krupa Jaya Manisha Varsha Kalpana Hansa Savita Usha Geeta Jasmita Dimple Asha Bhavini Hina Falguni`,
    male: `Rajesh Sanjay Vijay Amit Nilesh Mukesh Ramesh Suresh Dinesh Deepak Kamlesh Krishna Hitesh Jayesh Ketan Aarav Aryan Rohan
      Kishan Bharat Pravin Jitendra Mahesh Manoj Paresh Dilip Haresh Vipul Chirag Nikhil Ravi Anil Ashok Hemant Yogesh Bhavesh
      Sachin Jignesh Mehul Dhiren`,
    surnames: `Patel:300 Mistry:60 Parmar:45 Chauhan:35 Solanki:30 Lad:20 Shah:30 Joshi:20 Mehta:15 Modi:10 Pandya:10 Thakrar:10
      Lakhani:10 Vaghela:8 Makwana:10 Chudasama:6 Gohil:8 Rathod:10 Chavda:8 Jadeja:5 Desai:8 Bhatt:6 Vyas:5 Trivedi:5 Pathak:4
      Dave:5 Raval:4 Amin:8 Kotecha:6 Majithia:4 Ruparelia:4 Karia:4 Popat:5 Tanna:4 Sodha:4 Dattani:4 Pancholi:3 Vadher:3
      Kerai:4 Hirani:4 Vekaria:4 Varsani:4 Halai:3 Bhudia:3 Kanji:3 Pindoria:3 Jethwa:4 Mandalia:3 Chandarana:3 Unadkat:3
      Thakker:3 Ladwa:3 Morjaria:3 Savjani:3 Sisodia:2 Valand:3 Gorania:2 Chohan:3`,
  },
  sikh: {
    female: `Jaspreet Gurpreet Harpreet Manjit Sukhwinder Rajinder Parminder Simran Navdeep Amrit Kiranjit Balbir Harjit Jasvir Kuljit
      Rajvinder Sarbjit Mandeep Ravinder Hardeep Jasleen Harleen Manpreet Ramandeep`,
    male: `Harjit Gurpreet Jaspreet Sukhwinder Harjinder Kuldeep Sandeep Rajinder Surinder Balwinder Manjit Parminder Amarjit Jaswinder
      Gurdeep Harvinder Jasbir Kulwant Paramjit Ranjit Tarlochan Gurmit Baljit Daljit Hardev Arjun Gurjeet Mandeep`,
    surnames: `Gill Sandhu Dhillon Sidhu Bains Johal Atwal Sahota Grewal Bassi Virdi Rai Kang Sangha Bhogal Mann Hayer Dhaliwal
      Sohal Uppal Bhamra Chahal Kalsi Randhawa Sekhon Nijjar Heer Basra Thind Aujla Sohi Dhami Bhachu Matharu Sagoo Bilkhu`,
  },
  muslim: {
    female: `Fatima Aisha Zainab Nadia Shazia Yasmin Ayesha Sana Amina Hafsa Maryam Rukhsana Nasreen Halima Khadija Sumaya Samina
      Farzana Nazia Saima Shabana Parveen Rubina Hodan Fadumo Asha Ifrah Hibo Sadia Tahmina Sumayyah Aaliyah Safiya Rabia`,
    male: `Mohammed:40 Muhammad:25 Mohamed:15 Mohammad:10 Imran Tariq Asif Bilal Usman Ibrahim Yusuf Mustafa Zubair Faisal Adnan Hamza
      Abdul Shahid Kamran Irfan Abdirahman Abdullahi Ahmed Ali Hassan Omar Osman Zahid Arif Nadeem Waseem Javed Rizwan Sajid
      Khalid Aamir Shoaib Junaid Farhan Abdi Ismail Idris Suleman Yasin`,
    surnames: `Khan:60 Hussain:45 Ahmed:45 Ali:40 Akhtar:15 Mahmood:15 Iqbal:15 Rahman:15 Chowdhury:10 Uddin:10 Miah:12 Malik:12
      Butt:8 Qureshi:8 Sheikh:8 Mohamud:8 Hassan:10 Farah:6 Warsame:5 Bhayat:5 Mulla:5 Patel:15 Shah:10 Aziz:6 Raja:5 Anwar:6
      Bashir:6 Haq:5 Hanif:5 Javed:5 Latif:5 Mirza:5 Nawaz:5 Rashid:6 Saleem:5 Sultan:4 Yusuf:5 Abdi:6 Omar:6 Osman:5 Jama:5
      Nur:4 Adan:4 Ismail:5 Mohamed:8 Vohra:4 Lunat:4 Bham:3 Kadodia:3 Mayet:3 Valli:3 Dadabhai:3 Karim:4 Islam:5 Begum:3`,
  },
  polish: {
    female: `Katarzyna Małgorzata Agnieszka Anna Magdalena Aleksandra Joanna Monika Ewa Natalia Karolina Justyna Paulina Marta Dorota
      Barbara Beata Iwona Sylwia Edyta Patrycja Kinga Weronika Zofia Urszula Renata Elżbieta Krystyna Halina Jolanta`,
    male: `Piotr Krzysztof Tomasz Paweł Łukasz Michał Jakub Wojciech Marcin Kamil Mateusz Grzegorz Arkadiusz Przemysław Bartosz Dawid
      Adam Andrzej Marek Jan Stanisław Zbigniew Jerzy Tadeusz Rafał Robert Sebastian Damian Szymon Maciej Artur Dariusz Mariusz`,
    surnames: `Nowak Kowalski/Kowalska Wiśniewski/Wiśniewska Wójcik Kowalczyk Kamiński/Kamińska Lewandowski/Lewandowska
      Zieliński/Zielińska Szymański/Szymańska Woźniak Dąbrowski/Dąbrowska Kozłowski/Kozłowska Jankowski/Jankowska Mazur
      Kwiatkowski/Kwiatkowska Krawczyk Piotrowski/Piotrowska Grabowski/Grabowska Nowakowski/Nowakowska Pawłowski/Pawłowska
      Michalski/Michalska Nowicki/Nowicka Adamczyk Dudek Zając Wieczorek Jabłoński/Jabłońska Król Majewski/Majewska
      Olszewski/Olszewska Jaworski/Jaworska Wróbel Malinowski/Malinowska Pawlak Witkowski/Witkowska Walczak Stępień
      Górski/Górska Rutkowski/Rutkowska Michalak Sikora Ostrowski/Ostrowska Baran Duda Szewczyk Tomaszewski/Tomaszewska
      Pietrzak Marciniak Wróblewski/Wróblewska Zalewski/Zalewska Jakubowski/Jakubowska Jasiński/Jasińska Zawadzki/Zawadzka
      Sadowski/Sadowska Bąk Chmielewski/Chmielewska Włodarczyk Borkowski/Borkowska Czarnecki/Czarnecka Sawicki/Sawicka
      Sokołowski/Sokołowska Kubiak Maciejewski/Maciejewska Szczepański/Szczepańska Kucharski/Kucharska Wilk
      Kalinowski/Kalinowska Lis Mazurek Wysocki/Wysocka Kaźmierczak Wasilewski/Wasilewska Sobczak Cieślak Kołodziej Szulc`,
  },
  romanian: {
    female: `Elena Ioana Maria Andreea Alexandra Mihaela Cristina Gabriela Ana Daniela Florentina Georgiana Roxana Alina Simona Larisa
      Diana Raluca`,
    male: `Andrei Ionuț Mihai Alexandru Florin Gheorghe Constantin Bogdan Vasile Ion Marius Adrian Cătălin Daniel Ștefan Cosmin Gabriel
      Dragoș Nicolae Sorin Răzvan`,
    surnames: `Popescu Ionescu Popa Pop Radu Stan Dumitru Stoica Munteanu Constantinescu Rusu Moldovan Gheorghe Matei Ciobanu Ene
      Lazăr Dinu Marin Tudor Barbu Nistor Florea Cristea Toma Dobre Enache Mihai Neagu Sandu Anghel Lungu Rădulescu Georgescu`,
  },
  baltic: {
    female: `Rūta Jurgita Asta Ieva Lina Agnė Kristina Laura Inga Vilma Aušra Eglė Jolanta Dovilė Ilze Līga Kristīne`,
    male: `Tomas Jonas Mindaugas Darius Andrius Paulius Vytautas Tadas Marius Giedrius Saulius Mantas Jānis Andris Artūras Rokas`,
    surnames: `Kazlauskas/Kazlauskienė Petrauskas/Petrauskienė Jankauskas/Jankauskienė Stankevičius/Stankevičienė
      Vasiliauskas/Vasiliauskienė Butkus/Butkienė Žukauskas/Žukauskienė Paulauskas/Paulauskienė Urbonas/Urbonienė
      Kavaliauskas/Kavaliauskienė Navickas/Navickienė Ramanauskas/Ramanauskienė Savickas/Savickienė Rimkus/Rimkienė
      Baranauskas/Baranauskienė Bērziņš/Bērziņa Kalniņš/Kalniņa Ozoliņš/Ozoliņa Jansons/Jansone Liepiņš/Liepiņa`,
  },
  czech: {
    female: `Jana Petra Lucie Tereza Zuzana Katarína Monika Martina Veronika Simona Lenka Eva Kristýna Michaela`,
    male: `Jan Petr Tomáš Martin Lukáš Marek Peter Michal Jozef Ján Milan Pavol Roman Ladislav Jaroslav Miroslav Štefan`,
    surnames: `Novák/Nováková Horváth/Horváthová Dvořák/Dvořáková Svoboda/Svobodová Kučera/Kučerová Baláž/Balážová Černý/Černá
      Procházka/Procházková Veselý/Veselá Kováč/Kováčová Varga/Vargová Tóth/Tóthová Nagy/Nagyová Lakatoš/Lakatošová Oláh/Oláhová
      Kotlár/Kotlárová Gabor/Gaborová Rusnák/Rusnáková Bartoš/Bartošová Sivák/Siváková`,
  },
  slavic: {
    female: `Olena Yulia Iryna Nataliya Oksana Svetlana Mariya Tetiana Anastasia Kateryna Viktoriya Halyna Lyudmyla Desislava Gergana
      Tsvetelina Yordanka`,
    male: `Oleksandr Dmytro Serhiy Andriy Ivan Georgi Dimitar Nikolai Yuriy Volodymyr Vasyl Mykola Bohdan Taras Maksym Stoyan Hristo
      Kaloyan Todor`,
    surnames: `Shevchenko Kovalenko Bondarenko Tkachenko Melnyk Kravchenko Oliynyk Koval Boyko Moroz Lysenko Marchenko Savchenko
      Rudenko Ivanov/Ivanova Petrov/Petrova Georgiev/Georgieva Dimitrov/Dimitrova Smirnov/Smirnova Popov/Popova
      Kuznetsov/Kuznetsova Sokolov/Sokolova Todorov/Todorova Stoyanov/Stoyanova Nikolov/Nikolova Angelov/Angelova
      Hristov/Hristova Kolev/Koleva Volkov/Volkova`,
  },
  african: {
    female: `Chipo Amara Adaeze Abena Grace Shantelle Keisha Nia Ama Blessing Precious Ngozi Chiamaka Funmilayo Tendai Rutendo Esther
      Patience Abigail Marcia Yvonne Sharmaine`,
    male: `Kwame Tunde Kofi Chinedu Emeka Adebayo Jermaine Marlon Delroy Tyrone Kwabena Yaw Olumide Oluwaseun Tatenda Tinashe Samuel
      Emmanuel Daniel Joseph Winston Leroy Errol`,
    surnames: `Okafor Mensah Adeyemi Okonkwo Campbell Francis Williams Brown Boateng Asante Mwangi Oduya Owusu Osei Adjei Appiah
      Okoro Eze Nwosu Adebayo Bello Danso Sesay Kamara Bangura Conteh Moyo Ncube Dube Sibanda Mutasa Gordon Grant Thomas Robinson
      Bailey Morgan Reid Clarke Henry`,
  },
};

/**
 * Share of people by group: roughly LLR's population (2021 Census: Leicester 43% Asian, the
 * county mostly White British) weighted towards the city, where most ASB is reported.
 */
export const GROUP_WEIGHTS: readonly (readonly [Group, number])[] = [
  ['british', 52],
  ['gujarati', 11],
  ['sikh', 5],
  ['muslim', 12],
  ['polish', 5],
  ['romanian', 4],
  ['baltic', 2],
  ['czech', 2],
  ['slavic', 2],
  ['african', 5],
];

/** Parts of English place-name surnames (Ash+worth, Thorn+ley…): the long tail of British surnames. */
const TOPO_START = `Ash Black Brad Brook Brom Church Cold Cran Dun East Fair Hart Hazel Hol Kings Lang Mar Middle Mor New North
  Old Red Rid Row Sand Shel Stan Sum Thorn Wad West Whit Wood Ather Barn Bur Cal Chad Craw Dal Ed Fern Gold Green Hather
  Hey Holl Lind Mil Oak Pen Rad Sel Shep Ston Tad Wal Wen Wil Wor`;
const TOPO_END = 'ley ton ford field wood well by ham worth combe stone dale bury more ridge shaw thorpe wick';

/** Share of British people whose surname comes from the place-name tail rather than the list. */
export const TOPONYMIC_SHARE = 0.3;

/** The place-name surnames: every start × end (Ashley, Ashton, … Worwick). */
export function toponymicSurnames(): string[] {
  const starts = TOPO_START.trim().split(/\s+/);
  const ends = TOPO_END.split(' ');
  return starts.flatMap((s) => ends.map((e) => s + e));
}

/** A weighted list: [value, weight]. */
export type Weighted<T> = readonly (readonly [T, number])[];

/**
 * Parses a list: "Name:12" has weight 12; a name without a weight gets 100 / (rank + 3) ^ 0.9,
 * a Zipf-like fall from the top of the list.
 */
export function parseList(text: string): Weighted<string> {
  return text
    .trim()
    .split(/\s+/)
    .map((token, rank) => {
      const [name, weight] = token.split(':');
      return [name!, weight ? Number(weight) : 100 / Math.pow(rank + 3, 0.9)] as const;
    });
}
