import { medicationRoute } from '../../lib/site/routes';

/**
 * What the Lioresal Intrathecal page must say: content policy, kept in one place for every test
 * that reads the page. Written out here (not read from the content file) so that losing a fact
 * from the content, or softening an instruction back, fails a test.
 */
export const slug = 'lioresal-intrathecal';

/** The page's address on the site, from the route registry. */
export const monographPath = medicationRoute.path({ slug });

/**
 * Every fact of the primary source, and the safety, screening, pump and "living with the pump"
 * facts of shared/sources/README.md, as the page words them.
 */
export const requiredFacts = [
  // primary source
  'Lioresal Intrathecal', 'baclofen (intrathecal)', 'Spasticity', 'Generic available', 'central nervous system',
  'spasms, cramps and tightness', 'over the long term', 'severe spasticity', 'baclofen and other medicines taken by mouth',
  'at a lower dose', 'drowsy, sleepy and unsteady', 'Gablofen', 'branded generic', 'lumbar puncture', 'SynchroMed',
  'Medtronic', 'titanium disk', 'about 3 inches across and 1 inch thick', 'reservoir', 'computer chip', 'runs on a battery',
  'silicone tube', 'two incisions', 'abdomen', 'lower back', 'runs around your side, inside your body', 'telemetry',
  'every 4 to 12 weeks', 'about 20 minutes', 'every 3 to 4 months', 'every few months',
  'Your pump\'s alarm date is a deadline.', 'could cause you serious injury', 'the reservoir needs to be refilled', 'the battery is low',
  'the pump is not working as it should', 'If the alarm sounds, contact your doctor immediately.',
  // boxed warning
  'high fever', 'confusion', 'rigid muscles', 'rhabdomyolysis', 'failure of many organs, and death', 'T-6',
  'find it hard to communicate', 'had withdrawal symptoms before',
  // screening
  'usually starts within 30 to 60 minutes', 'usually strongest after 4 to 6 hours and lasts 4 to 8 hours', 'These times vary',
  'with a higher dose after 24 hours', 'up to three test doses', 'spinal catheter', 'Having the test does not mean you must get a pump',
  // withdrawal and overdose: the signs, and what to do, as strongly as the sources say it
  'itching', 'low blood pressure', 'light-headed', 'tingling',
  'your spasticity gets worse',
  'the catheter or the pump has a fault, or because a refill was missed',
  'If you notice any sign of withdrawal, or think your pump is not working, call your pump doctor immediately and go to a hospital at once.',
  'This means every sign, early or severe, and a two-tone alarm.',
  'If you need help to get there, call 911 or your local emergency number.',
  'too loose or floppy', 'slow or shallow breathing', 'confusion', 'body temperature lower than normal', 'seizures (fits)', 'coma',
  'suddenly or over a few days',
  'If you notice any sign of overdose, contact your doctor immediately and be taken to a hospital at once for treatment.',
  'To get there, call 911 or your local emergency number, especially if the person is breathing slowly, has a seizure or cannot be woken.',
  'Act on the signs, alarm or no alarm.', 'stiffness and spasms worse than before treatment',
  'Low blood pressure and feeling light-headed are signs of withdrawal.',
  // side effects
  'Common side effects include', 'nausea', 'vomiting', 'headache', 'loose, floppy muscles',
  'Sexual problems have also been reported, in men and in women', 'lower sex drive and problems with orgasm',
  // living with the pump
  'Keep every refill appointment', 'replaced by surgery', 'ask for an earlier one',
  'If you miss a refill, contact your doctor immediately.', 'before the pump runs out',
  'device ID card', 'Keep its details up to date', 'emergency medical information card',
  'On it are the warning signs of withdrawal and of overdose, and Medtronic\'s contact details. Ask your doctor for this card.',
  'Always carry your two cards.', 'Always have baclofen to take by mouth.',
  'Your family and carers must know the signs of withdrawal and of overdose, and what to do.',
  'If you think your pump is not working, call your pump doctor immediately and go to a hospital at once.',
  'how to reach the on-call doctor after hours and at weekends', 'its model number', 'family and friends know about your pump',
  'not out of date', "doctor's instructions for when to use it", 'Do not rub the pump or the catheter', 'cannot be refilled', 'The catheter can kink or come apart.',
  'Avoid moves that bend, twist, stretch or bounce your body suddenly, too far, or again and again.', 'kink, block or move the catheter',
  'Alcohol', 'may add to this',
  'Take care when you drive or use dangerous machines',
  // heat, diving, pressure, procedures
  'Avoid hot tubs, steam rooms, saunas and tanning beds', '102°F (about 39°C)', 'you may get more medicine than you need', 'too much may cause serious injury or death',
  'Never dive deeper than 33 feet (10 meters).', 'Talk to your doctor before any diving',
  'Before hyperbaric oxygen treatment, talk to your doctor about the effects of high pressure.',
  'Do not have it above 2.0 atmospheres.', 'too little or none, which may lead to withdrawal', 'serious or fatal',
  'Always call your pump doctor first if you are going to have a medical test, a medical procedure or dental work.',
  'An ultrasound scan is not likely to affect the pump.', '6 inches (15 cm)',
  'Tell every doctor and dentist that you have a pump.',
  // after the operation
  'Call your doctor immediately if you have a fever, or redness or swelling near a cut.', '6 to 8 weeks', 'takes a few hours', 'if a cut hurts', 'Once the cuts have healed',
  // pump facts
  'once an hour', 'a SynchroMed II pump must be replaced within 90 days', 'This alarm means the medicine has stopped flowing.',
  'Call your pump doctor immediately and go to a hospital at once.',
  'If you think the pump is not working, also go to a hospital at once.',
  'A SynchroMed II pump works for up to 7 years', 'most often 5 to 7 years', 'stops 90 days after the alarm',
  'SynchroMed EL', 'serious injury or death', 'At each refill, talk with your pump doctor about when to plan your new pump.', 'It is best not to wait for the alarm.', 'If you have signs of withdrawal, the pump may have stopped',
  'Yes, if you contact your doctor before the scan and the scanner is 3 tesla or less.', 'pump stops during the scan',
  'your doctor must check the pump to make sure it has started again',
  'Yes, if you tell your doctor before you fly', 'dangerous overdose', 'The pump may set off metal detectors and security scanners, but they do not damage it.', 'Always carry your ID card',
  'If the date falls during your trip, have the pump refilled before you go.', 'Do not stay near them or lean on them', 'a doctor who manages baclofen pumps where you are going',
  'pregnant, planning a pregnancy or breastfeeding',
];

/**
 * Wordings an earlier version used that are weaker than, or beyond, the sources (issues 9 and 17).
 * None may come back.
 */
export const softenedWordings = [
  'may need to go to a hospital',
  'may no longer be flowing',
  'Ask your doctor before using them',
  'call your doctor right away',
  'call your doctor straight away',
  'Ask your doctor first.',
  // issue 17: the second review
  'If you have a severe sign', 'call your doctor immediately for emergency care', 'spasticity comes back', 'come back',
  'signs of infection', 'time to settle', 'by mouth at home', 'or twist', 'Teach your family', 'add to the drowsiness',
  'if you should have a refill',
  // issue 26: the third review
  'Early signs of withdrawal', 'so you have time to plan', 'People get used to it.',
];

/** Section headings, in order, as a reader sees them. */
export const sectionHeadings = [
  /how it works/i, /test dose/i, /pump, the operation and refills/, /Pump alarms/, /Stopping suddenly/, /Side effects/, /Living with the pump/, /MRI scans, flying, travel/,
];

/** The Sources list: how many entries, and how many of them link out. */
export const sourceCount = 22;
export const linkedSourceCount = 16;

/** The questions people with a pump ask (shared/sources/README.md), answered on the questions page. */
export const questions = [
  'Will people see the pump? What can I wear?',
  'Will it cure my spasticity or my MS?',
  'How long until my dose is right?',
  'I need some stiffness to stand or move. Will I lose it?',
  'What happens to my other medicines for spasticity?',
  'What is a refill like?',
  'Can I travel across time zones?',
  'Can the pump move?',
  'Should I wear a medical ID?',
];

/** Safety answers that stay on the monograph itself: a reader needs no second page to stay safe. */
export const safetyQuestionsOnMonograph = [/MRI/, /fly, or go high up/, /Can I travel/, /battery/];
