/**
 * Requests shaped as health records and MedlinePlus Connect clients send them (the HL7 URL-based
 * implementation's parameters, with the context a record adds), and what every host must answer:
 * the unit tests ask Netlify's own matcher, the browser tests ask `npm start` and the shipped nginx.
 */
import { slug } from './lioresal-intrathecal';

const ndc = '2.16.840.1.113883.6.69';
const rxnorm = '2.16.840.1.113883.6.88';
const page = `/medications/${slug}/?from=health-record`;
const englishOnly = `/medications/${slug}/english-only/?from=health-record`;
const answer = (file: string) => `/infobutton/answers/${file}`;

/** What a host does: a redirect (status and Location), or a file sent with a status. */
export type Expected = { status: 302; location: string } | { status: 200; file: string } | { status: 404; file?: string };

export interface InfobuttonRequest {
  why: string;
  path: string;
  expected: Expected;
}

const byCode = (code: string, system: string, extra = '') => `/infobutton?mainSearchCriteria.v.c=${code}&mainSearchCriteria.v.cs=${system}${extra}`;
/** The context a record sends beside the code: the patient's sex and age, the task, who asks. None of it may reach a Location. */
export const patientContext =
  'patientPerson.administrativeGenderCode.c=F&age.v.v=47&age.v.u=a&taskContext.c.c=MLREV&performer=PROV&knowledgeRequestNotification.effectiveTime=20261205T0215';

const toPage: Expected = { status: 302, location: page };
const unknown: Expected = { status: 404, file: '/infobutton/unknown/' };

export const infobuttonRequests: InfobuttonRequest[] = [
  { why: 'NDC, 11 digits with hyphens, as the maker lists it', path: byCode('70121-2501-01', ndc), expected: toPage },
  { why: 'NDC, 11 digits', path: byCode('70121250101', ndc), expected: toPage },
  { why: 'NDC, 10 digits 5-4-1 as on the label', path: byCode('70121-2501-1', ndc), expected: toPage },
  { why: 'NDC, 10 digits', path: byCode('7012125011', ndc), expected: toPage },
  { why: 'NDC product code, 2 segments', path: byCode('70121-2503', ndc), expected: toPage },
  { why: 'NDC product code, digits', path: byCode('701212505', ndc), expected: toPage },
  { why: 'code system as urn:oid:', path: byCode('70121-2496-05', `urn:oid:${ndc}`), expected: toPage },
  { why: 'code system as urn:oid:, percent-encoded', path: byCode('70121-2502-02', `urn%3Aoid%3A${ndc}`), expected: toPage },
  { why: 'the code percent-encoded', path: byCode('70121%2D2501%2D01', ndc), expected: toPage },
  { why: 'parameters in another order, with the patient context', path: `/infobutton?${patientContext}&mainSearchCriteria.v.cs=${ndc}&mainSearchCriteria.v.c=70121-2503-01`, expected: toPage },
  { why: 'the address with its trailing slash', path: byCode('70121-2505-02', ndc).replace('/infobutton?', '/infobutton/?'), expected: toPage },
  { why: 'RxNorm code', path: byCode('1666613', rxnorm, `&${patientContext}`), expected: toPage },
  { why: 'RxNorm code, urn:oid: system', path: byCode('308516', `urn:oid:${rxnorm}`), expected: toPage },
  { why: 'the right NDC in the RxNorm system', path: byCode('70121-2501-01', rxnorm), expected: unknown },
  { why: 'an RxNorm code in the NDC system', path: byCode('1666613', ndc), expected: unknown },
  { why: 'an unknown NDC', path: byCode('00000-0000-00', ndc), expected: unknown },
  { why: 'no parameters at all', path: '/infobutton', expected: unknown },
  { why: 'the code sent twice, the known one last (the last counts)', path: `${byCode('00000-0000-00', ndc)}&mainSearchCriteria.v.c=70121-2501-01`, expected: toPage },
  { why: 'the code sent twice, the known one first', path: `${byCode('70121-2501-01', ndc)}&mainSearchCriteria.v.c=00000-0000-00`, expected: unknown },
  { why: 'parameter names with percent-encoded dots (no host reads them)', path: `/infobutton?mainSearchCriteria%2Ev%2Ec=70121-2501-01&mainSearchCriteria%2Ev%2Ecs=${ndc}`, expected: unknown },
  { why: 'the name only, as written', path: '/infobutton?mainSearchCriteria.v.dn=Lioresal%20Intrathecal', expected: toPage },
  { why: 'the name only, + for the space, in capitals', path: '/infobutton?mainSearchCriteria.v.dn=LIORESAL+INTRATHECAL', expected: toPage },
  { why: 'another brand', path: `/infobutton?mainSearchCriteria.v.dn=Gablofen&${patientContext}`, expected: toPage },
  { why: 'the ingredient alone (the tablets, perhaps): the page that offers each medicine', path: '/infobutton?mainSearchCriteria.v.dn=baclofen', expected: unknown },
  { why: 'an unknown code (another product) with the ingredient', path: byCode('00000-0000-00', ndc, '&mainSearchCriteria.v.dn=baclofen'), expected: unknown },
  { why: 'another name', path: '/infobutton?mainSearchCriteria.v.dn=intrathecal+baclofen', expected: toPage },
  { why: 'a name the site does not have', path: '/infobutton?mainSearchCriteria.v.dn=aspirin', expected: unknown },
  { why: 'an unknown code with a known name', path: byCode('00000-0000-00', ndc, '&mainSearchCriteria.v.dn=Gablofen'), expected: toPage },
  { why: 'English asked for', path: byCode('70121-2501-01', ndc, '&informationRecipient.languageCode.c=en'), expected: toPage },
  { why: 'US English asked for', path: byCode('70121-2501-01', ndc, '&informationRecipient.languageCode.c=en-US'), expected: toPage },
  { why: 'Spanish asked for', path: byCode('70121-2501-01', ndc, `&informationRecipient.languageCode.c=es&${patientContext}`), expected: { status: 302, location: englishOnly } },
  { why: 'Spanish as MedlinePlus Connect writes it', path: '/infobutton?mainSearchCriteria.v.dn=Gablofen&informationRecipient.languageCode.c=sp', expected: { status: 302, location: englishOnly } },
  { why: 'a JSON knowledge response', path: byCode('70121-2501-01', ndc, '&knowledgeResponseType=application/json'), expected: { status: 200, file: answer('ndc-70121-2501-01.json') } },
  { why: 'a JSON knowledge response, the type percent-encoded, Spanish asked for', path: byCode('7012125011', ndc, '&knowledgeResponseType=application%2Fjson&informationRecipient.languageCode.c=es'), expected: { status: 200, file: answer('ndc-70121-2501-01.json') } },
  { why: 'an XML knowledge response', path: byCode('1666613', rxnorm, '&knowledgeResponseType=text/xml'), expected: { status: 200, file: answer('rxnorm-1666613.atom') } },
  { why: 'an Atom knowledge response, the + encoded', path: byCode('70121-2502-02', ndc, '&knowledgeResponseType=application%2Fatom%2Bxml'), expected: { status: 200, file: answer('ndc-70121-2502-02.atom') } },
  { why: 'an Atom knowledge response, the + sent as it is (a space once decoded)', path: byCode('70121-2502-02', ndc, '&knowledgeResponseType=application/atom+xml'), expected: { status: 200, file: answer('ndc-70121-2502-02.atom') } },
  { why: 'a JSON knowledge response by name', path: '/infobutton?mainSearchCriteria.v.dn=Gablofen&knowledgeResponseType=application/json', expected: { status: 200, file: answer(`${slug}.json`) } },
  { why: 'a JSON knowledge response for an unknown code: empty', path: byCode('00000-0000-00', ndc, '&knowledgeResponseType=application/json'), expected: { status: 200, file: answer('none.json') } },
  { why: 'an XML knowledge response for nothing: empty', path: '/infobutton?knowledgeResponseType=text/xml', expected: { status: 200, file: answer('none.atom') } },
  { why: 'the kit openFDA lists, 11 digits', path: byCode('70121-2504-02', ndc), expected: toPage },
  { why: 'the kit openFDA lists, 10 digits as openFDA writes it', path: byCode('70121-2504-2', ndc), expected: toPage },
  { why: 'an empty language: no preference', path: byCode('70121-2501-01', ndc, '&informationRecipient.languageCode.c='), expected: toPage },
  { why: 'English written in lower case with its region', path: byCode('70121-2501-01', ndc, '&informationRecipient.languageCode.c=en-us'), expected: toPage },
  { why: 'British English', path: '/infobutton?mainSearchCriteria.v.dn=Gablofen&informationRecipient.languageCode.c=en-GB', expected: toPage },
  { why: 'Mexican Spanish', path: byCode('1666613', rxnorm, '&informationRecipient.languageCode.c=es-MX'), expected: { status: 302, location: englishOnly } },
  { why: 'another name in title case', path: '/infobutton?mainSearchCriteria.v.dn=Intrathecal+Baclofen', expected: toPage },
  { why: 'a brand with a capital first letter', path: '/infobutton?mainSearchCriteria.v.dn=Lioresal+intrathecal', expected: toPage },
  { why: 'Canadian English', path: '/infobutton?mainSearchCriteria.v.dn=ITB%20Therapy&informationRecipient.languageCode.c=en-CA', expected: toPage },
  { why: 'a query ending in "&&"', path: `${byCode('70121-2501-01', ndc)}&&`, expected: toPage },
  // Netlify's matcher drops the parameter before a single trailing "&"; every host does the same.
  { why: 'a query ending in a single "&" (the code system before it is lost)', path: `${byCode('70121-2501-01', ndc)}&`, expected: unknown },
  { why: 'a long patient context (some 10 KB)', path: byCode('70121-2501-01', ndc, `&${`${patientContext}&`.repeat(60)}note=end`), expected: toPage },
  { why: 'the address in capitals (paths are case-sensitive): the site 404 page', path: byCode('70121-2501-01', ndc).replace('/infobutton', '/INFOBUTTON'), expected: { status: 404 } },
];
