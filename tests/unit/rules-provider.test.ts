import type { Entities, Intent } from '../../src/kernel/domain';
import { interpret } from '../../src/values/interpret';
import { understandWithRules } from '../../src/understanding/rules/rules-provider';
import { readAnswer } from '../../src/understanding/follow-up';

/**
 * The embedded engine on varied phrasings, checked after the deterministic layer: the values a CRM
 * would receive (the lead reference is shown as said, before the CRM resolves it).
 */
const context = {
  referenceTime: new Date('2025-10-04T10:00:00+05:30'),
  timezone: 'Asia/Kolkata',
  region: 'IN',
};

type Read = { intent: Intent; entities: Entities & { lead?: string } };

function readAll(transcript: string): Read[] {
  return understandWithRules(transcript).actions.map(({ intent, said }) => {
    if (intent === 'UNKNOWN') return { intent, entities: {} };
    const interpreted = interpret(intent, said, context);
    const entities: Entities & { lead?: string } = { ...interpreted.entities };
    if (interpreted.lead_reference) entities.lead = interpreted.lead_reference;
    return { intent, entities };
  });
}

/** A transcript that holds one request. */
function read(transcript: string): Read {
  const [only, ...more] = readAll(transcript);
  expect(more).toEqual([]);
  return only!;
}

/** The lead a transcript opens with, said in two words ("ravi kumar's …" -> "ravi kumar"). */
function leadSaidFirst(transcript: string): string {
  return transcript.split(' ').slice(0, 2).join(' ').replace(/'s$/, '');
}

/** Whether a transcript writes nothing: no request read, or one the deterministic layer asks about. */
function asksOrNothing(transcript: string): boolean {
  const [action] = understandWithRules(transcript).actions;
  return !action || action.intent === 'UNKNOWN' || !interpret(action.intent, action.said, context).ok;
}

describe('LEAD_CREATE', () => {
  test.each<[string, Entities]>([
    [
      'Add a new lead: Rohan Sharma from Gurgaon, phone 98 765 43210, source Instagram.',
      { name: 'Rohan Sharma', phone: '+919876543210', city: 'Gurgaon', source: 'Instagram' },
    ],
    [
      'Create lead name Priya Nair, city Mumbai, contact 91234-56789.',
      { name: 'Priya Nair', phone: '+919123456789', city: 'Mumbai' },
    ],
    [
      'new lead anand pillai from kochi referred by an existing customer phone 94470 22113',
      { name: 'Anand Pillai', phone: '+919447022113', city: 'Kochi', source: 'Referral' },
    ],
    [
      'ek lead daalo ramesh gupta ka kanpur se hai phone 94150 66554',
      { name: 'Ramesh Gupta', phone: '+919415066554', city: 'Kanpur' },
    ],
    [
      'new enquiry doctor meenakshi sundaram from madurai mobile 94430 88112',
      { name: 'Meenakshi Sundaram', phone: '+919443088112', city: 'Madurai' },
    ],
    [
      'our channel partner sent a lead vishal thakur from shimla his number is 98160 23232',
      { name: 'Vishal Thakur', phone: '+919816023232', city: 'Shimla', source: 'Channel Partner' },
    ],
    [
      'new lead from the hoarding on the highway ramesh pawar from satara phone 94220 36925',
      { name: 'Ramesh Pawar', phone: '+919422036925', city: 'Satara', source: 'Hoarding' },
    ],
    [
      'add add lead lead meena meena kumari from agra phone 94120 58585',
      { name: 'Meena Kumari', phone: '+919412058585', city: 'Agra' },
    ],
    [
      'enquiry came by email from priyanka chopra of bareilly mobile 94120 77007',
      { name: 'Priyanka Chopra', phone: '+919412077007', city: 'Bareilly', source: 'Email' },
    ],
    [
      'naya lead hai naam raju srivastava kanpur se facebook se aaya number 94150 22446',
      { name: 'Raju Srivastava', phone: '+919415022446', city: 'Kanpur', source: 'Facebook' },
    ],
    [
      'add lead sonam kapur sorry kapoor from delhi phone 98111 55667',
      { name: 'Sonam Kapoor', phone: '+919811155667', city: 'Delhi' },
    ],
    ['Add lead K. Bedi, Delhi, 98110 10061.', { name: 'K. Bedi', phone: '+919811010061', city: 'Delhi' }],
    [
      'new lead kajal agarwal mumbai whatsapp and calling same number 98200 77003',
      { name: 'Kajal Agarwal', phone: '+919820077003', city: 'Mumbai' },
    ],
    [
      'add lead venkatesh from tirupati native but staying in bangalore phone 98450 77006',
      { name: 'Venkatesh', phone: '+919845077006', city: 'Bangalore' },
    ],
    [
      'new customer ajay kulkarni kothrud side number 98220 33447',
      { name: 'Ajay Kulkarni', phone: '+919822033447', city: 'Pune', locality: 'Kothrud' },
    ],
    [
      'new prospect rahul verma pune nine eight two two zero five five six six seven',
      { name: 'Rahul Verma', phone: '+919822055667', city: 'Pune' },
    ],
    [
      'register anjali mehta from new delhi, mobile +91-99887-66554, came through referral',
      { name: 'Anjali Mehta', phone: '+919988766554', city: 'New Delhi', source: 'Referral' },
    ],
    [
      'onboard a client called sunil rao based in hyderabad number 0 98450 11223 from facebook',
      { name: 'Sunil Rao', phone: '+919845011223', city: 'Hyderabad', source: 'Facebook' },
    ],
    [
      'please add lead vikram singh, noida, 91234 56789, walk in',
      { name: 'Vikram Singh', phone: '+919123456789', city: 'Noida', source: 'Walk-in' },
    ],
    [
      'hey can you add a lead for me name is sanjay gupta he is from lucknow his number is nine eight three nine zero one two three four five',
      { name: 'Sanjay Gupta', phone: '+919839012345', city: 'Lucknow' },
    ],
    [
      'new lead please, deepak kumar, jaipur, 9414012345, came from facebook',
      { name: 'Deepak Kumar', phone: '+919414012345', city: 'Jaipur', source: 'Facebook' },
    ],
    [
      "so um i met ramesh iyer today at the expo, he's from chennai, number ninety eight four one two three four five six seven, add him as a lead",
      // Met "at the expo": the source is the exhibition.
      { name: 'Ramesh Iyer', phone: '+919841234567', city: 'Chennai', source: 'Exhibition' },
    ],
    [
      'create lead for mr. anil kapoor from noida phone +91 98111 22233 source 99acres',
      { name: 'Anil Kapoor', phone: '+919811122233', city: 'Noida', source: '99acres' },
    ],
    [
      'okay so add a new lead, her name is lakshmi narayanan, she stays in coimbatore, whatsapp number is seven three nine seven one two three four five six',
      { name: 'Lakshmi Narayanan', phone: '+917397123456', city: 'Coimbatore' },
    ],
    [
      'add lead: sneha patil | pune | 9823012345 | source: magicbricks',
      { name: 'Sneha Patil', phone: '+919823012345', city: 'Pune', source: 'MagicBricks' },
    ],
    [
      'add a new lead named john dsouza from goa with phone number 9850012345 and notes: looking for 2bhk',
      { name: 'John Dsouza', phone: '+919850012345', city: 'Goa', notes: 'looking for 2bhk' },
    ],
    [
      'note down a lead, divya rao, bengaluru, nine eight four five zero one two three four five',
      { name: 'Divya Rao', phone: '+919845012345', city: 'Bengaluru' },
    ],
    [
      'i have a new client, gaurav sen, kolkata, contact 9830012345',
      { name: 'Gaurav Sen', phone: '+919830012345', city: 'Kolkata' },
    ],
    [
      'new lead kavya from thane, number is 98200 98200, she saw our hoarding',
      { name: 'Kavya', phone: '+919820098200', city: 'Thane', source: 'Hoarding' },
    ],
    [
      'create lead rahul mehra contact no 98-111-22-333 city gurugram',
      { name: 'Rahul Mehra', phone: '+919811122333', city: 'Gurugram' },
    ],
    [
      'kindly add one new lead name rahul gupta location lucknow mobile no is nine eight three nine one two three four five six',
      { name: 'Rahul Gupta', phone: '+919839123456', city: 'Lucknow' },
    ],
    [
      'a nice old gentleman came by the site, his son is manav gill from mohali, number 98140 22113',
      { name: 'Manav Gill', phone: '+919814022113', city: 'Mohali' },
    ],
    [
      'got a call from our nobroker ad kritika das from silchar number 94350 11009',
      { name: 'Kritika Das', phone: '+919435011009', city: 'Silchar', source: 'NoBroker' },
    ],
    [
      'new lead omar from nagpur maharashtra phone 98490 11122',
      { name: 'Omar', phone: '+919849011122', city: 'Nagpur' },
    ],
  ])('when "%s" is said, then the lead is read', (transcript, entities) => {
    expect(read(transcript)).toEqual({ intent: 'LEAD_CREATE', entities });
  });
});

describe('VISIT_SCHEDULE', () => {
  test.each<[string, Entities & { lead?: string }]>([
    [
      'Schedule a visit for lead 7b1b8f54 at 3 pm tomorrow.',
      { lead: '7b1b8f54', visit_time: '2025-10-05T15:00:00+05:30' },
    ],
    ['book a visit for lead 12 on friday at 5 pm', { lead: '12', visit_time: '2025-10-10T17:00:00+05:30' }],
    [
      'can you set up a meeting with fatima sheikh next monday at 10 in the morning',
      { lead: 'fatima sheikh', visit_time: '2025-10-06T10:00:00+05:30' },
    ],
    [
      'arrange a property tour for deepak kumar on 25th october at 4',
      { lead: 'deepak kumar', visit_time: '2025-10-25T16:00:00+05:30' },
    ],
    [
      'fix a visit for the lead with number 9414012345 day after tomorrow at 3:30 pm',
      { lead: '9414012345', visit_time: '2025-10-06T15:30:00+05:30' },
    ],
    [
      'um book site visit for ramesh tomorrow evening at six',
      { lead: 'ramesh', visit_time: '2025-10-05T18:00:00+05:30' },
    ],
    [
      'visit for neha verma on saturday 11 am notes she wants a sea facing flat',
      { lead: 'neha verma', visit_time: '2025-10-04T11:00:00+05:30', notes: 'she wants a sea facing flat' },
    ],
    [
      'book a site visit for lakshmi on the fifth of november at four pm',
      { lead: 'lakshmi', visit_time: '2025-11-05T16:00:00+05:30' },
    ],
    [
      'schedule visit with rahul mehra kal 4 baje',
      { lead: 'rahul mehra', visit_time: '2025-10-05T16:00:00+05:30' },
    ],
    [
      'set up a property tour for karan on 2025-10-10T16:00:00+05:30',
      { lead: 'karan', visit_time: '2025-10-10T16:00:00+05:30' },
    ],
    [
      'book a visit for sneha patil next tuesday at 8 in the evening',
      { lead: 'sneha patil', visit_time: '2025-10-07T20:00:00+05:30' },
    ],
    [
      'put a site visit for arjun reddy on 12/10/2025 at 10 am',
      { lead: 'arjun reddy', visit_time: '2025-10-12T10:00:00+05:30' },
    ],
    [
      "can you fix a visit for rohan sharma's on the 20th at 4:15 pm notes bring the brochure",
      { lead: 'rohan sharma', visit_time: '2025-10-20T16:15:00+05:30', notes: 'bring the brochure' },
    ],
    [
      'book a site visit for priya menon in 45 minutes',
      { lead: 'priya menon', visit_time: '2025-10-04T10:45:00+05:30' },
    ],
    [
      'schedule a visit with ravi teja for next friday afternoon at 3',
      { lead: 'ravi teja', visit_time: '2025-10-10T15:00:00+05:30' },
    ],
    [
      'book a visit on sunday at 10 am for rina das',
      { lead: 'rina das', visit_time: '2025-10-05T10:00:00+05:30' },
    ],
    [
      'schedule tomorrow visit for rahul gupta at 5',
      { lead: 'rahul gupta', visit_time: '2025-10-05T17:00:00+05:30' },
    ],
    [
      'book a site visit for imran tomorrow evening six thirty',
      { lead: 'imran', visit_time: '2025-10-05T18:30:00+05:30' },
    ],
    [
      'spoke with ravi he wants to come and see the show flat on monday at 11',
      { lead: 'ravi', visit_time: '2025-10-06T11:00:00+05:30' },
    ],
    [
      'suresh would like to come over to see the site tomorrow around 4',
      { lead: 'suresh', visit_time: '2025-10-05T16:00:00+05:30' },
    ],
  ])('when "%s" is said, then the visit is read', (transcript, entities) => {
    expect(read(transcript)).toEqual({ intent: 'VISIT_SCHEDULE', entities });
  });
});

describe('LEAD_UPDATE', () => {
  test.each<[string, Entities & { lead?: string }]>([
    ['Update lead 7b1b8f54 to in progress.', { lead: '7b1b8f54', status: 'IN_PROGRESS' }],
    [
      'Mark lead 7b1b8f54 as won. Notes: booked unit A2.',
      { lead: '7b1b8f54', status: 'WON', notes: 'booked unit A2' },
    ],
    ['Amit is not interested', { lead: 'Amit', status: 'LOST' }],
    ['priya has booked the flat', { lead: 'priya', status: 'WON' }],
    [
      'mark rohan sharma as lost, he bought elsewhere',
      { lead: 'rohan sharma', status: 'LOST', notes: 'he bought elsewhere' },
    ],
    [
      'change the status of lead 12 to lost, he went with another builder',
      { lead: '12', status: 'LOST', notes: 'he went with another builder' },
    ],
    ["set neha verma's status to won", { lead: 'neha verma', status: 'WON' }],
    [
      'move arjun to follow up, call him next week',
      { lead: 'arjun', status: 'FOLLOW_UP', notes: 'call him next week' },
    ],
    ['lead 7 not interested', { lead: '7', status: 'LOST' }],
    [
      'Rahul Verma not interested because budget too low',
      { lead: 'Rahul Verma', status: 'LOST', notes: 'budget too low' },
    ],
    [
      'the bansal deal is done they paid the token amount',
      { lead: 'bansal', status: 'WON', notes: 'they paid the token amount' },
    ],
    ['lakshmi is interested, move her to in progress', { lead: 'lakshmi', status: 'IN_PROGRESS' }],
    ['update lead 9823012345 status to lost', { lead: '9823012345', status: 'LOST' }],
    ['harish went cold', { lead: 'harish', status: 'LOST' }],
    ['please mark lead number 5 as won', { lead: '5', status: 'WON' }],
    ['amit shah is a hot lead now, set him to in progress', { lead: 'amit shah', status: 'IN_PROGRESS' }],
    ['priya menon bought a flat, mark her as won', { lead: 'priya menon', status: 'WON' }],
    ['close suresh raina as lost', { lead: 'suresh raina', status: 'LOST' }],
    ["kavya's status should be won", { lead: 'kavya', status: 'WON' }],
    ['rahul gupta ka status won kar do', { lead: 'rahul gupta', status: 'WON' }],
    ['currently negotiating with harsh about parking', { lead: 'harsh', status: 'IN_PROGRESS' }],
    ['okay so um rekha she is in progress now', { lead: 'rekha', status: 'IN_PROGRESS' }],
    ['the bhatia lead is in progress', { lead: 'bhatia', status: 'IN_PROGRESS' }],
    ['nisha wants to think over the weekend so follow up', { lead: 'nisha', status: 'FOLLOW_UP' }],
    ['talked to dinesh today he has bought somewhere else', { lead: 'dinesh', status: 'LOST' }],
    ['farida went with lodha instead', { lead: 'farida', status: 'LOST' }],
    ['mohit last week said call after diwali', { lead: 'mohit', status: 'FOLLOW_UP' }],
    [
      'sanjay is not interested his wife does not like the location',
      { lead: 'sanjay', status: 'LOST', notes: 'his wife does not like the location' },
    ],
    ['pallavi ko koi interest nahi hai', { lead: 'pallavi', status: 'LOST' }],
    ['sanjay is still interested talks are going on', { lead: 'sanjay', status: 'IN_PROGRESS' }],
    ['rekha ne kahin aur flat le liya', { lead: 'rekha', status: 'LOST' }],
  ])('when "%s" is said, then the update is read', (transcript, entities) => {
    expect(read(transcript)).toEqual({ intent: 'LEAD_UPDATE', entities });
  });

  test.each(["don't mark kavita as lost", 'no dont mark him won'])(
    'when "%s" is said, then nothing is marked: the status is asked for',
    (transcript) => {
      const [action] = understandWithRules(transcript).actions;
      expect(action?.intent).toBe('LEAD_UPDATE');
      const interpreted = interpret('LEAD_UPDATE', action!.said, context);
      expect(interpreted.ok).toBe(false);
      expect(interpreted.entities.status).toBeUndefined();
    },
  );

  test('when the booking verb comes after the visit, then it is a visit whose time is asked for', () => {
    const [action] = understandWithRules('bhavesh wants a site visit please arrange').actions;
    expect(action).toEqual({ intent: 'VISIT_SCHEDULE', said: { lead_reference: 'bhavesh' } });
  });

  test.each([
    'mark heena as won once she pays',
    'i think ganesh is won but not sure',
    'never mark lokesh as lost he is a friend of the owner',
  ])('when "%s" is said, then the status is asked for and nothing else is kept', (transcript) => {
    const [action] = understandWithRules(transcript).actions;
    const interpreted = interpret('LEAD_UPDATE', action!.said, context);
    expect(interpreted.ok).toBe(false);
    expect(interpreted.entities).toEqual({});
  });

  test.each(['ganesh is interested right', 'she booked the flat na'])(
    'when "%s" asks back for a yes, then it is a question',
    (transcript) => {
      expect(read(transcript)).toEqual({ intent: 'UNKNOWN', entities: {} });
    },
  );

  test('when a day of a month that does not exist is booked, then the time is asked for', () => {
    const [action] = understandWithRules('book jatin for 31st september at 11 am').actions;
    expect(action?.intent).toBe('VISIT_SCHEDULE');
    expect(interpret('VISIT_SCHEDULE', action!.said, context).ok).toBe(false);
  });

  test.each([
    "gopi's brother bought a flat from us",
    'should i mark lucky as lost',
    'can lucky come for a visit tomorrow at 4',
  ])('when "%s" is said, then nothing is written', (transcript) => {
    expect(read(transcript)).toEqual({ intent: 'UNKNOWN', entities: {} });
  });

  test.each(['deepak took another flat in our own project', 'book rose tomorrow at 11 am and also at 4 pm'])(
    'when "%s" can be read two ways, then it is asked about',
    (transcript) => {
      const [action] = understandWithRules(transcript).actions;
      expect(interpret(action!.intent as 'LEAD_UPDATE', action!.said, context).ok).toBe(false);
    },
  );

  test.each([
    ['won deepak rao', { lead: 'deepak rao', status: 'WON' }],
    ['ji charu ji ne bola flat pasand nahi aaya so mark her lost', { lead: 'charu', status: 'LOST' }],
    [
      'spoke to bipin he is travelling this week so i will follow up with him next week put him in follow up',
      { lead: 'bipin', status: 'FOLLOW_UP' },
    ],
    [
      'rose is not interested anymore she found something closer to her office',
      { lead: 'rose', status: 'LOST', notes: 'she found something closer to her office' },
    ],
  ])('when "%s" is said, then the update is read as meant', (transcript, entities) => {
    expect(read(transcript)).toEqual({ intent: 'LEAD_UPDATE', entities });
  });

  test.each([
    ['akash and bhumi are both not interested', 'LOST'],
    ['mark akash and bhumi as lost', 'LOST'],
  ])('when "%s" names two leads with one status, then each is updated', (transcript, status) => {
    expect(readAll(transcript)).toEqual([
      { intent: 'LEAD_UPDATE', entities: { lead: 'akash', status } },
      { intent: 'LEAD_UPDATE', entities: { lead: 'bhumi', status } },
    ]);
  });

  test.each([
    ['emran dropped out because of the price', { lead: 'emran', status: 'LOST', notes: 'the price' }],
    [
      'gauri is in progress waiting for her home loan approval',
      { lead: 'gauri', status: 'IN_PROGRESS', notes: 'waiting for her home loan approval' },
    ],
    ['harish has bought a house in another city', { lead: 'harish', status: 'LOST' }],
    ['disha completed the registration of her flat today', { lead: 'disha', status: 'WON' }],
    ['indu ne mana kar diya', { lead: 'indu', status: 'LOST' }],
    ["reset jyoti's status to new", { lead: 'jyoti', status: 'NEW' }],
  ])('when "%s" is said, then it is read as meant', (transcript, entities) => {
    expect(read(transcript)).toEqual({ intent: 'LEAD_UPDATE', entities });
  });

  test.each([
    ["priya's husband said they will take it, mark her won", { lead: 'priya', status: 'WON' }],
    ['she might buy after diwali, put asha in follow up', { lead: 'asha', status: 'FOLLOW_UP' }],
  ])('when "%s" is said, then the request is read, not refused', (transcript, entities) => {
    expect(read(transcript)).toEqual({ intent: 'LEAD_UPDATE', entities });
  });

  test('when a yes is taken back by "but … not", then the status is asked for', () => {
    const [action] = understandWithRules('bhumi is interested but her husband is not').actions;
    expect(interpret('LEAD_UPDATE', action!.said, context).ok).toBe(false);
  });

  test('when a visit is noted in a story that also says "just now", then the visit has the later day', () => {
    expect(
      read(
        'emran called just now he will come to the site on friday morning around 10 please note the visit',
      ),
    ).toEqual({
      intent: 'VISIT_SCHEDULE',
      entities: { lead: 'emran', visit_time: '2025-10-10T10:00:00+05:30' },
    });
  });

  test('when a booking is said without a time, then it is a visit whose time is asked for', () => {
    const [action] = understandWithRules('book bhumi whenever she is free').actions;
    expect(action).toEqual({ intent: 'VISIT_SCHEDULE', said: { lead_reference: 'bhumi' } });
  });

  test.each([
    ['Neeraj called. He bought a flat from Lodha. Mark him lost.', 'LOST'],
    ['Anil paid the token. Mark him won.', 'WON'],
  ])('when "%s" tells a status and then asks one for "him", then it is one update', (transcript, status) => {
    const actions = understandWithRules(transcript).actions;
    expect(actions).toHaveLength(1);
    expect(interpret('LEAD_UPDATE', actions[0]!.said, context).entities.status).toBe(status);
  });

  test('when two leads are booked for one time, then each gets the visit', () => {
    expect(readAll('Book Kabir and Lata for Monday at 4 PM.')).toEqual([
      { intent: 'VISIT_SCHEDULE', entities: { lead: 'Kabir', visit_time: '2025-10-06T16:00:00+05:30' } },
      { intent: 'VISIT_SCHEDULE', entities: { lead: 'Lata', visit_time: '2025-10-06T16:00:00+05:30' } },
    ]);
  });

  test('when a date is said month first ("Oct 12"), then it is that day, not October 2012', () => {
    expect(read("Schedule Lata's visit on Oct 12 at 11 AM.").entities.visit_time).toBe(
      '2025-10-12T11:00:00+05:30',
    );
  });

  test.each([
    ['book ajit visit tomorrow itself 11 am', { lead: 'ajit', visit_time: '2025-10-05T11:00:00+05:30' }],
    ["prepone durga's visit to tuesday 4 pm", { lead: 'durga', visit_time: '2025-10-07T16:00:00+05:30' }],
    [
      'ekta wants a revisit on sunday at 12 with her husband',
      { lead: 'ekta', visit_time: '2025-10-05T12:00:00+05:30' },
    ],
  ])('when "%s" is said in Indian English, then the visit is read', (transcript, entities) => {
    expect(read(transcript)).toEqual({ intent: 'VISIT_SCHEDULE', entities });
  });

  test.each(['girija site visit done today', 'kindly tell status of chetan'])(
    'when "%s" is said, then nothing is booked or changed',
    (transcript) => {
      expect(read(transcript)).toEqual({ intent: 'UNKNOWN', entities: {} });
    },
  );

  test('when two cities are said for one lead, then the city is asked for', () => {
    const [action] = understandWithRules(
      'add lead parveen babi from pune or mumbai phone 98220 14005',
    ).actions;
    expect(action?.said.city).toBeUndefined();
    expect(interpret('LEAD_CREATE', action!.said, context).ok).toBe(false);
  });

  test.each([
    'leela lost her phone so call her on the landline',
    'mithun won a lottery and wants a bigger flat',
  ])('when "%s" is said, then no status is written', (transcript) => {
    expect(read(transcript)).toEqual({ intent: 'UNKNOWN', entities: {} });
  });

  test.each(['paresh cancelled his visit for tomorrow', 'cancel the site visit for priya'])(
    'when "%s" calls a visit off, then nothing is booked and no status is written',
    (transcript) => {
      expect(read(transcript)).toEqual({ intent: 'UNKNOWN', entities: {} });
    },
  );

  test('when a booking is said with an honorific and a verb after the visit, then the lead is the person', () => {
    expect(read('jagdish bhai will come tomorrow morning 11 for site visit kindly block the slot')).toEqual({
      intent: 'VISIT_SCHEDULE',
      entities: { lead: 'jagdish', visit_time: '2025-10-05T11:00:00+05:30' },
    });
  });

  test.each([
    [
      'good news amol palekar came to the office today and gave us the booking cheque so please mark him won',
      { lead: 'amol palekar', status: 'WON' },
    ],
    [
      'chitra liked the flat but wants to discuss with her parents so follow up with her on monday',
      { lead: 'chitra', status: 'FOLLOW_UP' },
    ],
    ['last month amol had booked a flat with us', { lead: 'amol', status: 'WON' }],
    [
      'bhavna has decided not to go ahead because her husband got transferred to dubai',
      { lead: 'bhavna', status: 'LOST', notes: 'her husband got transferred to dubai' },
    ],
  ])('when "%s" tells a story, then the update is about the one it is told of', (transcript, entities) => {
    expect(read(transcript)).toEqual({ intent: 'LEAD_UPDATE', entities });
  });

  test.each([
    ['if chitra pays the token tomorrow mark her as won', 'LEAD_UPDATE'],
    ['dinesh might come for a visit on monday at 5 not confirmed yet', 'VISIT_SCHEDULE'],
  ] as const)(
    'when "%s" is said on a condition or in doubt, then it is asked about',
    (transcript, intent) => {
      const [action] = understandWithRules(transcript).actions;
      expect(action?.intent).toBe(intent);
      const interpreted = interpret(intent, action!.said, context);
      expect(interpreted.ok).toBe(false);
      expect(interpreted.entities).toEqual({});
    },
  );

  test('when a booking is said negated, then nothing is booked', () => {
    expect(read('please do not book meera for friday at 4')).toEqual({ intent: 'UNKNOWN', entities: {} });
  });
});

describe('UNKNOWN', () => {
  test.each([
    'Can you help me?',
    'how do i add a lead',
    'what should i do with lead 12',
    'what time is it',
    'tell me a joke',
    'show me all my leads',
    'delete lead 12',
    'hi',
  ])('when "%s" is said, then the intent is UNKNOWN', (transcript) => {
    expect(read(transcript)).toEqual({ intent: 'UNKNOWN', entities: {} });
  });
});

test('when words are skipped before a place ("from the …"), then the name ends where the place began', () => {
  expect(read('add lead priya from the other side phone 98220 11113').entities.name).toBe('Priya');
});

test('when a number too short for a phone is said as the phone, then it is read as an invalid phone', () => {
  const [action] = understandWithRules('add lead harish from bhopal number 98765').actions;
  expect(action?.intent).toBe('LEAD_CREATE');
  const interpreted = interpret('LEAD_CREATE', action!.said, context);
  const problem = interpreted.ok ? null : interpreted.problem;
  expect(problem?.message).toMatch(/Invalid phone number '98765'/);
  expect(problem?.missing).toEqual([]);
});

test('when the intent is clear, then confidence is high; when nothing matches, it is low', () => {
  expect(
    understandWithRules('Add a new lead: Rohan Sharma from Gurgaon, phone 98 765 43210').confidence,
  ).toBeGreaterThan(0.9);
  expect(understandWithRules('add a lead').confidence).toBeLessThan(0.95);
  expect(understandWithRules('hello there').confidence).toBeLessThan(0.5);
});

describe('several requests in one transcript', () => {
  test('when a lead is added and a visit booked "for her", then both are read, in order', () => {
    expect(
      readAll('Add Leela Das from Guwahati, 94350 11223, and book a visit for her on Saturday at 11'),
    ).toEqual([
      { intent: 'LEAD_CREATE', entities: { name: 'Leela Das', phone: '+919435011223', city: 'Guwahati' } },
      { intent: 'VISIT_SCHEDULE', entities: { lead: 'her', visit_time: '2025-10-04T11:00:00+05:30' } },
    ]);
  });

  test('when a sentence starts a new request, then it is a second action', () => {
    expect(
      readAll('Mark lead 7b1b8f54 as won. Then schedule a visit for him tomorrow at 5 pm').map(
        (item) => item.intent,
      ),
    ).toEqual(['LEAD_UPDATE', 'VISIT_SCHEDULE']);
  });

  test.each([
    'add lead priya from pune and rohan from delhi',
    'Mark lead 7b1b8f54 as won. Notes: booked unit A2.',
    'update rohan to follow up and add a note that he is travelling',
    'add lead kiran from delhi phone 98220 55667 and set up nothing',
  ])('when "%s" holds one request, then it is not split', (transcript) => {
    expect(readAll(transcript)).toHaveLength(1);
  });

  test('when statuses for three leads share one verb, then each is an action', () => {
    expect(readAll('mark jatin as won kamala as lost and lokesh as follow up')).toEqual([
      { intent: 'LEAD_UPDATE', entities: { lead: 'jatin', status: 'WON' } },
      { intent: 'LEAD_UPDATE', entities: { lead: 'kamala', status: 'LOST' } },
      { intent: 'LEAD_UPDATE', entities: { lead: 'lokesh', status: 'FOLLOW_UP' } },
    ]);
  });

  test('when two phones are said for one lead, then the phone is asked for', () => {
    const [action] = understandWithRules(
      'add lead ravi teja from vijayawada phone 98480 11221 and 98480 11222',
    ).actions;
    const interpreted = interpret('LEAD_CREATE', action!.said, context);
    expect(interpreted.ok).toBe(false);
    expect(interpreted.entities.phone).toBeUndefined();
  });

  test.each([
    ['tomorrow book charu at 11 am and deepak at 3 pm', '2025-10-05T15:00:00+05:30'],
    ['book anil for monday at 11 and another one for sunita at 4', '2025-10-06T16:00:00+05:30'],
  ])('when "%s" gives the second visit no day, then it has the first one\'s', (transcript, second) => {
    expect(readAll(transcript)[1]?.entities.visit_time).toBe(second);
  });

  test('when "and he …" adds a request of another kind about the same person, then both are read', () => {
    expect(
      readAll(
        'add new lead vinay pathak from jaipur phone 98290 17002 and he wants to visit on saturday at 5 pm',
      ),
    ).toEqual([
      { intent: 'LEAD_CREATE', entities: { name: 'Vinay Pathak', phone: '+919829017002', city: 'Jaipur' } },
      { intent: 'VISIT_SCHEDULE', entities: { lead: 'he', visit_time: '2025-10-04T17:00:00+05:30' } },
    ]);
    expect(readAll('mark anil as won and he is very happy')).toHaveLength(1);
  });

  test('when "also" is followed by a complete request of another kind, then both are read', () => {
    expect(readAll('add lead mohan lal from ajmer phone 94140 55443 also rekha is lost')).toEqual([
      { intent: 'LEAD_CREATE', entities: { name: 'Mohan Lal', phone: '+919414055443', city: 'Ajmer' } },
      { intent: 'LEAD_UPDATE', entities: { lead: 'rekha', status: 'LOST' } },
    ]);
  });

  test('when "then" joins two visits said with one verb, then both are read', () => {
    expect(readAll('book kiran for tuesday at 10 then mehul for tuesday at 1')).toEqual([
      { intent: 'VISIT_SCHEDULE', entities: { lead: 'kiran', visit_time: '2025-10-07T10:00:00+05:30' } },
      { intent: 'VISIT_SCHEDULE', entities: { lead: 'mehul', visit_time: '2025-10-07T13:00:00+05:30' } },
    ]);
  });

  test('when the second request says "his visit", then it points back at the lead just added', () => {
    const [, visit] = readAll(
      'add lead om prakash from salem phone 94430 11223 then book his visit on monday at 10',
    );
    expect(visit).toEqual({
      intent: 'VISIT_SCHEDULE',
      entities: { lead: 'his', visit_time: '2025-10-06T10:00:00+05:30' },
    });
  });

  test('when a status is said as a fact and a visit follows, then both are read', () => {
    expect(readAll('sheela is in progress and book her for friday at 3').map((item) => item.intent)).toEqual([
      'LEAD_UPDATE',
      'VISIT_SCHEDULE',
    ]);
  });

  test('when the second request refers to "that lead", then the reference is kept for the pipeline', () => {
    const [, second] = readAll(
      'add lead nikhil rao from nashik phone 98220 55667 and mark that lead as follow up',
    );
    expect(second).toEqual({ intent: 'LEAD_UPDATE', entities: { lead: 'that lead', status: 'FOLLOW_UP' } });
  });
});

describe('held-out set 18 classes', () => {
  test.each([
    ['new lead gopal sharma bhopal phone 98260 11223', { name: 'Gopal Sharma', city: 'Bhopal' }],
    ['add lead salem rafiq chennai number 98400 33221', { name: 'Salem Rafiq', city: 'Chennai' }],
  ])(
    'when a first name is also a city and the city follows without a cue ("%s"), then the later one is the city',
    (transcript, values) => {
      expect(read(transcript).entities).toMatchObject(values);
    },
  );

  test('when a locality of a district with no known city is named alone, then it is kept and the city asked', () => {
    const [action] = understandWithRules('new lead farah from manikonda phone 98490 22113').actions;
    // Manikonda: sub post offices in Rangareddy and Krishna districts, whose city the list cannot tell.
    expect(action?.said.city).toBeUndefined();
    expect(action?.said.locality?.toLowerCase()).toBe('manikonda');
  });

  test.each([
    ['mahesh verma has confirmed the booking', 'WON'],
    ['naina finally closed the deal', 'WON'],
    ['tarun is under discussion with his family', 'IN_PROGRESS'],
  ])(
    'when a status phrase of several words follows a name ("%s"), then it is an update',
    (transcript, status) => {
      expect(read(transcript)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { status } });
    },
  );

  test.each(['raghav is on hold', 'mitali is a warm lead now', 'sohail is pending'])(
    'when a word that is no status of this CRM is said of a lead ("%s"), then it is an update that asks',
    (transcript) => {
      const [action] = understandWithRules(transcript).actions;
      expect(action?.intent).toBe('LEAD_UPDATE');
      expect(interpret('LEAD_UPDATE', action!.said, context).ok).toBe(false);
    },
  );

  test.each([
    ['sunil dropped the idea he is not buying now', 'LOST'],
    ['jaya has booked the flat', 'WON'],
  ])('when a status verb has its object ("%s"), then the object is no note', (transcript, status) => {
    expect(read(transcript).entities).toEqual({ lead: expect.any(String), status });
  });

  test('when "from" follows a lead noun and no place is named by it, then it brings the person', () => {
    expect(read('got a new lead from priya raman bhopal phone 98260 77881').entities).toMatchObject({
      name: 'Priya Raman',
      city: 'Bhopal',
    });
  });

  test('when a fact is told of "they" after a story about the lead, then it is the lead\'s update', () => {
    expect(
      read('mohan visited the site last week with his family and they paid the booking advance'),
    ).toMatchObject({
      intent: 'LEAD_UPDATE',
      entities: { lead: 'mohan', status: 'WON' },
    });
  });

  test('when the story is about a relation of the lead, then "he" is not the lead', () => {
    expect(read("ravi's cousin came to the office and he paid the token amount").intent).toBe('UNKNOWN');
  });

  test('when a fact is followed by the same status said again after "so", then no note is written', () => {
    expect(read('neetu bought a house in another township so she is not interested').entities).toEqual({
      lead: 'neetu',
      status: 'LOST',
    });
  });

  test('when a status is said with "may be", then it is asked, never written', () => {
    expect(asksOrNothing('tanya may be interested in the villa')).toBe(true);
  });
});

describe('held-out set 21 classes', () => {
  test.each([
    ['sameer is going with a different developer', 'LOST'],
    ['rohini has gone for another project in wakad', 'LOST'],
    ['the kapoors opted for a resale flat', 'LOST'],
    ['deepa switched to a competitor', 'LOST'],
  ])('when the lead goes with someone else ("%s"), then it is LOST', (transcript, status) => {
    expect(read(transcript)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { status } });
  });

  test.each([
    'ravi did not go with another builder',
    'nikhil has not opted for another project',
    'asha never bought elsewhere',
  ])('when going elsewhere is said negated ("%s"), then no status is written', (transcript) => {
    expect(asksOrNothing(transcript)).toBe(true);
  });

  test.each([
    'harsh came for the site visit yesterday evening',
    'the sharmas attended the meeting this morning',
    'neel went for the property tour today',
    'pallavi missed her appointment on thursday',
  ])('when a visit is told as past ("%s"), then nothing is booked', (transcript) => {
    expect(read(transcript).intent).toBe('UNKNOWN');
  });

  test('when a past visit is followed by a booking, then the booking stands', () => {
    expect(read('pallavi missed her appointment so reschedule it for monday at 4 pm')).toMatchObject({
      intent: 'VISIT_SCHEDULE',
      entities: { lead: 'pallavi', visit_time: '2025-10-06T16:00:00+05:30' },
    });
  });
});

describe('wrong-write probes after set 21', () => {
  test.each([
    'manoj bought sweets for the whole office',
    'anjali purchased curtains for her new house',
    'deepak booked tickets to goa for the long weekend',
  ])('when a purchase is of something that is no home ("%s"), then no status is written', (transcript) => {
    expect(asksOrNothing(transcript)).toBe(true);
  });

  test.each([
    ['farooq bought the flat yesterday', 'WON'],
    ['meena booked a 2 bhk with us', 'WON'],
    ['nitin bought it finally', 'WON'],
  ])('when a purchase is of a home or said alone ("%s"), then it stays a status', (transcript, status) => {
    expect(read(transcript)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { status } });
  });

  test.each(['harish told me his sister bought a flat with us', 'pooja said her husband is not interested'])(
    'when the news is about the lead\'s relation said as "his/her …" ("%s"), then nothing is written',
    (transcript) => {
      expect(asksOrNothing(transcript)).toBe(true);
    },
  );

  test.each([
    'ajay is not interested in the villa but wants a 3 bhk flat',
    'rupa is not keen on the ground floor but likes the tower b units',
  ])(
    'when losing interest in one unit is said with interest in another ("%s"), then it is asked',
    (transcript) => {
      expect(asksOrNothing(transcript)).toBe(true);
    },
  );
});

describe('held-out set 22 classes', () => {
  test.each([
    'ramesh signed the guest book at the sales office',
    'lata closed her fixed deposit to pay for the wedding',
    "omkar finalised the caterer for his daughter's wedding",
  ])(
    'when a sale verb is said of something that is no sale ("%s"), then no status is written',
    (transcript) => {
      expect(asksOrNothing(transcript)).toBe(true);
    },
  );

  test.each([
    ['rajat signed the sale deed today', 'WON'],
    ['sunaina closed the deal', 'WON'],
    ['the joshis finalised the 3 bhk', 'WON'],
    ['rahul bought a bigger flat', 'WON'],
    ['sneha booked a spacious 3 bhk', 'WON'],
  ])(
    'when a sale verb is said of a home or a sale\'s papers ("%s"), then it is a status',
    (transcript, status) => {
      expect(read(transcript)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { status } });
    },
  );

  test('when a locality is said before a city of two words, then the longer city is the city', () => {
    expect(read('add lead omar from kharghar navi mumbai phone 98200 77665').entities).toMatchObject({
      city: 'Navi Mumbai',
      locality: 'Kharghar',
    });
  });

  test('when a name is followed by a past-tense verb, then the verb is no surname', () => {
    expect(read('yamini rao shifted to another city so she is not interested').entities).toMatchObject({
      lead: 'yamini rao',
    });
  });

  test.each([
    'gaurav signed with godrej last month',
    'neha has booked a flat in sobha dream acres',
    'deepa booked with hiranandani yesterday',
  ])('when a purchase names another party after it ("%s"), then it is asked, never written', (transcript) => {
    expect(asksOrNothing(transcript)).toBe(true);
  });

  test.each([
    'tanvi booked a flat in kothrud',
    'gaurav signed with us last month',
    'the mehtas bought it with a home loan',
  ])('when a purchase names a place, us or no party ("%s"), then it stays WON', (transcript) => {
    expect(read(transcript)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { status: 'WON' } });
  });
});

describe('held-out set 23 classes', () => {
  test.each([
    'anita said she will discuss with her husband and revert',
    'vivek will check his loan eligibility and get back to us',
    'the sharmas will think it over and let us know',
  ])('when the lead will come back after doing something ("%s"), then it is FOLLOW_UP', (transcript) => {
    expect(read(transcript)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { status: 'FOLLOW_UP' } });
  });

  test.each([
    ['rohit did not book with us, he chose a resale flat', 'LOST'],
    ['arjun did not buy from us he went with another builder', 'LOST'],
    ['meena has not paid yet but talks are going on', 'IN_PROGRESS'],
  ])(
    'when a negated purchase is followed by what did happen ("%s"), then what happened is the status',
    (transcript, status) => {
      expect(read(transcript)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { status } });
    },
  );

  test.each(['priya went to a competitor', 'sanjay has gone over to another developer'])(
    'when the lead went to a rival ("%s"), then it is LOST',
    (transcript) => {
      expect(read(transcript)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { status: 'LOST' } });
    },
  );

  test.each(['ravi went to another site for a meeting', 'kamala did not sign the agreement'])(
    'when nothing says what happened to the deal ("%s"), then nothing is written',
    (transcript) => {
      expect(asksOrNothing(transcript)).toBe(true);
    },
  );

  test('when a bare "no" puts one lead for another, then the visit is for the second', () => {
    expect(read('schedule a visit with omkar no vikas on monday at 11').entities).toMatchObject({
      lead: 'vikas',
      visit_time: '2025-10-06T11:00:00+05:30',
    });
  });

  test('when a locality of a district named otherwise is said alone, then its city is the city', () => {
    expect(read('add lead joseph from vyttila phone 94470 33442').entities).toMatchObject({
      city: 'Kochi',
      locality: 'Vyttila',
    });
  });
});

describe('held-out set 24 classes', () => {
  test.each([
    ['ravi visit at 10:45 day after tomorrow', '2025-10-06T10:45:00+05:30'],
    ['book sunil at 9 30 day after tomorrow', '2025-10-06T09:30:00+05:30'],
  ])(
    'when an hour with minutes comes right before "day after tomorrow" ("%s"), then both are read',
    (t, at) => {
      expect(read(t).entities).toMatchObject({ visit_time: at });
    },
  );

  test.each([
    ['book sunil at 9 at the site on friday', '2025-10-10T09:00:00+05:30'],
    ['visit for ravi at 5 pm at our sample flat tomorrow', '2025-10-05T17:00:00+05:30'],
    ['meet kiran at 11 near the clubhouse day after tomorrow', '2025-10-06T11:00:00+05:30'],
  ])('when the hour comes first and the day later, apart ("%s"), then both are read', (t, at) => {
    expect(read(t).entities).toMatchObject({ visit_time: at });
  });

  test.each(['book sunil tomorrow at the site on friday at 4', 'visit for ravi on monday at 4, on tuesday'])(
    'when two days are said for one visit ("%s"), then it is asked',
    (transcript) => {
      expect(asksOrNothing(transcript)).toBe(true);
    },
  );

  test.each([
    'kya ravi ka visit kal hai',
    'sunita ka visit kab hai',
    'aaj kitne leads aaye',
    'mohan ka status kya hai',
    'kaun sa lead pune se hai',
  ])('when a question is asked in Hinglish ("%s"), then nothing is written', (transcript) => {
    expect(readAll(transcript).map(({ intent }) => intent)).toEqual(['UNKNOWN']);
  });

  test.each([
    ['ravi is won, sunil is lost', ['WON', 'LOST']],
    ['mark anil won, sunita follow up', ['WON', 'FOLLOW_UP']],
    ['deepak is in progress, meera is lost, arjun is won', ['IN_PROGRESS', 'LOST', 'WON']],
  ])(
    'when leads and statuses are listed with commas ("%s"), then each is an update',
    (transcript, statuses) => {
      expect(readAll(transcript).map(({ entities }) => entities.status)).toEqual(statuses);
    },
  );

  test('when two visits are listed with a comma, then each is booked', () => {
    expect(
      readAll('book ravi on monday at 4, sunil on tuesday at 5').map(({ entities }) => entities),
    ).toEqual([
      { lead: 'ravi', visit_time: '2025-10-06T16:00:00+05:30' },
      { lead: 'sunil', visit_time: '2025-10-07T17:00:00+05:30' },
    ]);
  });

  test.each([
    ['ravi is lost, he bought elsewhere', 'LOST'],
    ['mark anil as won, sunita told me today', 'WON'],
  ])('when what follows the comma is no update of its own ("%s"), then it is one update', (t, status) => {
    expect(read(t).entities).toMatchObject({ status });
  });

  test.each([
    'the site visit with ravi got cancelled',
    "sunil's meeting was cancelled because of the rain",
    "asha's appointment has been cancelled",
  ])('when a visit, not the deal, was called off ("%s"), then nothing is written', (transcript) => {
    expect(asksOrNothing(transcript)).toBe(true);
  });

  test('when the lead called off the deal, then it is still LOST', () => {
    expect(read('ravi cancelled the booking').entities).toMatchObject({ status: 'LOST' });
  });
});

describe('held-out set 25 classes', () => {
  test.each(['sunil is not picking up, try him again next week', 'try rekha again after diwali'])(
    'when the lead is to be tried again later ("%s"), then it is FOLLOW_UP',
    (transcript) => {
      expect(read(transcript)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { status: 'FOLLOW_UP' } });
    },
  );

  test.each([
    ['anil kumar: won', 'anil kumar', 'WON'],
    ['meera, follow up', 'meera', 'FOLLOW_UP'],
    ['ravi kapoor: lost', 'ravi kapoor', 'LOST'],
  ])(
    'when a name and a status are written with a colon or comma ("%s"), then it is an update',
    (t, lead, status) => {
      expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status } });
    },
  );

  test.each(["sunil isn't interested", "the joshis aren't interested anymore", "rekha wasn't keen"])(
    'when "is not interested" is said contracted ("%s"), then it is LOST',
    (transcript) => {
      expect(read(transcript)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { status: 'LOST' } });
    },
  );

  test.each(['ravi signed up for the loyalty programme', 'meera signed up for our weekend event'])(
    'when "signed up" is said of something that is no sale ("%s"), then nothing is written',
    (transcript) => {
      expect(asksOrNothing(transcript)).toBe(true);
    },
  );

  test('when "signed up" is said of a home, then it is WON', () => {
    expect(read('anil signed up for the 2 bhk').entities).toMatchObject({ status: 'WON' });
  });

  test.each([
    ['add lead rahul mehta, kothrud, 98220 12345', 'Pune', 'Kothrud'],
    ['new lead kavita, powai, 98200 11223', 'Mumbai', 'Powai'],
  ])('when a known locality is a field of its own ("%s"), then its city is the city', (t, city, locality) => {
    expect(read(t).entities).toMatchObject({ city, locality });
  });

  test('when a locality of several cities is a field of its own, then the city is asked', () => {
    expect(asksOrNothing('new lead kavita, indiranagar, 98450 11223')).toBe(true);
  });
});

describe('held-out set 26 classes', () => {
  test.each(["latha won't be buying", 'ravi wont buy', "Sunil WON'T be taking the flat"])(
    'when "won\'t" is said ("%s"), then it is never WON',
    (transcript) => {
      const [action] = readAll(transcript);
      expect(action?.entities.status).not.toBe('WON');
    },
  );

  test.each(["latha won't be buying", 'ravi wont buy'])(
    'when "won\'t buy" is said ("%s"), then it is LOST',
    (t) => {
      expect(read(t).entities).toMatchObject({ status: 'LOST' });
    },
  );

  test('when a name is followed by "lost" and something of his own, then "lost" is no surname', () => {
    expect(read('deepak lost his mother recently, call him next month').entities).toMatchObject({
      lead: 'deepak',
      status: 'FOLLOW_UP',
    });
  });

  test.each([
    ['anil visited the site and paid the booking amount. please mark as won', 'WON'],
    ['ravi is not interested. mark as lost', 'LOST'],
  ])(
    'when a story about a lead ends in a command without a lead ("%s"), then it is one update',
    (t, status) => {
      expect(readAll(t)).toEqual([{ intent: 'LEAD_UPDATE', entities: expect.objectContaining({ status }) }]);
    },
  );

  test('when a story and a bare command disagree, then the command stands, as after "mark him"', () => {
    expect(readAll('ravi paid the token. mark as lost')).toEqual(
      readAll('ravi paid the token. mark him as lost'),
    );
    expect(read('ravi paid the token. mark as lost').entities).toMatchObject({
      lead: 'ravi',
      status: 'LOST',
    });
  });

  test('when two leads "both are" in one state, then each is updated', () => {
    expect(readAll('sunil and meena both are not interested').map(({ entities }) => entities)).toEqual([
      { lead: 'sunil', status: 'LOST' },
      { lead: 'meena', status: 'LOST' },
    ]);
  });

  test('when a list puts a name that is also a city before the city, then the first is the name', () => {
    expect(read('add lead - anand - pune - 98220 12345').entities).toMatchObject({
      name: 'Anand',
      city: 'Pune',
    });
  });
});

describe('held-out set 27 classes', () => {
  test.each([
    ['sunil ka visit kal 4 baje nahi 5 baje', { visit_time: '2025-10-05T17:00:00+05:30' }],
    ['meena ko won mark karo nahi nahi lost', { status: 'LOST' }],
  ])('when "nahi" corrects a value ("%s"), then the second value stands', (t, entities) => {
    expect(read(t).entities).toMatchObject(entities);
  });

  test('when "interested nahi" is said, then it is still LOST, not a repair', () => {
    expect(read('ravi interested nahi hai').entities).toMatchObject({ status: 'LOST' });
  });

  test.each([
    ['visit for ravi on monday at to', '2025-10-06T14:00:00+05:30'],
    ['book meena for tuesday at to.', '2025-10-07T14:00:00+05:30'],
  ])('when "at to" ends the time ("%s"), then it is 2', (t, at) => {
    expect(read(t).entities).toMatchObject({ visit_time: at });
  });

  test.each([
    [
      'ravi kumar he wants to visit on friday at 5',
      { lead: 'ravi kumar', visit_time: '2025-10-10T17:00:00+05:30' },
    ],
    ['meena she is not interested', { lead: 'meena', status: 'LOST' }],
  ])('when the subject is said again as a pronoun ("%s"), then the name is the lead', (t, entities) => {
    expect(read(t).entities).toMatchObject(entities);
  });

  test.each([
    ['isha wants to come on wednesday at 7 pm', '2025-10-08T19:00:00+05:30'],
    ['sunil will come tomorrow at 11', '2025-10-05T11:00:00+05:30'],
    ['meena is coming on sunday at 4', '2025-10-05T16:00:00+05:30'],
  ])('when a lead is coming at a day and hour ("%s"), then it is a visit', (t, at) => {
    expect(read(t)).toMatchObject({ intent: 'VISIT_SCHEDULE', entities: { visit_time: at } });
  });

  test('when a time and its part of the day are repaired, then the visit is at the new one', () => {
    expect(read('sunil visit tomorrow evening 5 no morning 11').entities).toMatchObject({
      visit_time: '2025-10-05T11:00:00+05:30',
    });
  });

  test('when "in process" is said of a lead, then it is IN_PROGRESS', () => {
    expect(read('ravi is in process').entities).toMatchObject({ status: 'IN_PROGRESS' });
  });

  test('when a comma falls inside a spoken phone number, then the number is whole', () => {
    expect(read('add lead ravi from pune number is 98220, 33445').entities).toMatchObject({
      phone: '+919822033445',
    });
  });

  test.each(['book a taxi for ravi tomorrow at 9', 'arrange a car for meena on sunday at 11'])(
    'when a ride or a ticket is booked for a lead ("%s"), then no visit is booked',
    (transcript) => {
      expect(readAll(transcript).map(({ intent }) => intent)).toEqual(['UNKNOWN']);
    },
  );

  test('when a slot or a site visit is booked for a lead, then it is a visit', () => {
    expect(read('book a site visit for ravi tomorrow at 9')).toMatchObject({ intent: 'VISIT_SCHEDULE' });
  });
});

describe('held-out set 28 classes', () => {
  test('when a second request follows a comma, then it is a request of its own, not a note', () => {
    expect(readAll('mark ravi won, book sunil for tomorrow at 4')).toEqual([
      { intent: 'LEAD_UPDATE', entities: { lead: 'ravi', status: 'WON' } },
      { intent: 'VISIT_SCHEDULE', entities: { lead: 'sunil', visit_time: '2025-10-05T16:00:00+05:30' } },
    ]);
    expect(
      readAll('new lead kiran from pune 98220 12345, book a visit for her tomorrow at 11').map(
        (a) => a.intent,
      ),
    ).toEqual(['LEAD_CREATE', 'VISIT_SCHEDULE']);
  });

  test.each(['arjun gave us a cheque for the booking amount', 'meena handed over the token cheque today'])(
    'when money to book is handed over ("%s"), then it is WON',
    (transcript) => {
      expect(read(transcript).entities).toMatchObject({ status: 'WON' });
    },
  );

  test.each(['ravi ka booking cancel ho gaya', 'sunil ne deal cancel kar diya'])(
    'when a deal is called off in Hinglish ("%s"), then it is LOST',
    (transcript) => {
      expect(read(transcript).entities).toMatchObject({ status: 'LOST' });
    },
  );

  test.each(['ravi is now a customer', 'sunil has become our client', 'meena became a home owner with us'])(
    'when the lead has become a customer ("%s"), then it is WON',
    (transcript) => {
      expect(read(transcript).entities).toMatchObject({ status: 'WON' });
    },
  );

  test('when a lead is only described as a customer, then it is no status', () => {
    expect(asksOrNothing('ravi is a customer from pune')).toBe(true);
  });

  test.each([
    ['book ravi for 8 on monday', '2025-10-06T08:00:00+05:30'],
    ['schedule meena tomorrow for 5', '2025-10-05T17:00:00+05:30'],
  ])('when the hour is said after "for" next to a day ("%s"), then it is the hour', (t, at) => {
    expect(read(t).entities).toMatchObject({ visit_time: at });
  });

  test.each([
    ['ravi site visit done, book the next one for friday at 4', 'ravi', '2025-10-10T16:00:00+05:30'],
    [
      'meena visited the site today, schedule another visit on sunday at 11',
      'meena',
      '2025-10-05T11:00:00+05:30',
    ],
  ])(
    'when a visit that happened is followed by a booking ("%s"), then the booking is for that lead',
    (t, lead, at) => {
      expect(read(t)).toMatchObject({ intent: 'VISIT_SCHEDULE', entities: { lead, visit_time: at } });
    },
  );

  test('when a pin code is said for a new lead, then its city is the city', () => {
    expect(read('new lead sagar pin code 560034 phone 98450 12345').entities).toMatchObject({
      city: 'Bangalore',
    });
  });
});

describe('held-out set 29 classes', () => {
  test.each([
    ['ravi visit tomorrow at 8 in the morning no evening', '2025-10-05T20:00:00+05:30'],
    ['meena visit on sunday at 6 in the evening sorry morning', '2025-10-05T06:00:00+05:30'],
  ])(
    'when only the part of the day is repaired ("%s"), then the hour stays and the part changes',
    (t, at) => {
      expect(read(t).entities).toMatchObject({ visit_time: at });
    },
  );

  test('when the lead is said again with its new status, then the status is replaced', () => {
    expect(read('mark ravi as lost no ravi is follow up').entities).toMatchObject({
      lead: 'ravi',
      status: 'FOLLOW_UP',
    });
  });

  test.each([
    ['book ravi monday 1', '2025-10-06T13:00:00+05:30'],
    ['visit for meena tomorrow 4', '2025-10-05T16:00:00+05:30'],
  ])('when a bare hour follows the day ("%s"), then it is the hour', (t, at) => {
    expect(read(t).entities).toMatchObject({ visit_time: at });
  });

  test.each(['ravi said no to our offer', 'meena said no to the deal'])(
    'when the lead said no to the offer ("%s"), then it is LOST',
    (transcript) => {
      expect(read(transcript).entities).toMatchObject({ status: 'LOST' });
    },
  );
});

describe('held-out set 30 classes', () => {
  test.each(['ravi is no more interested', 'meena is no more keen'])(
    'when interest is said to be "no more" ("%s"), then it is LOST, never IN_PROGRESS',
    (transcript) => {
      expect(read(transcript).entities).toMatchObject({ status: 'LOST' });
    },
  );

  test.each(['ravi ne flat book kar liya', 'sunil ne ghar kharid liya'])(
    'when a purchase is said in Hinglish ("%s"), then it is WON',
    (transcript) => {
      expect(read(transcript).entities).toMatchObject({ status: 'WON' });
    },
  );

  test.each([
    ['meena ko next week call karna hai', 'meena'],
    ['ravi ko next month phone karna', 'ravi'],
  ])('when a call is put off in Hinglish ("%s"), then it is FOLLOW_UP', (transcript, lead) => {
    expect(read(transcript).entities).toMatchObject({ lead, status: 'FOLLOW_UP' });
  });

  test('when a call for tomorrow is said in Hinglish, then it is a to-do, as "call rohan tomorrow" is', () => {
    expect(readAll('meena ko kal call karna hai').map(({ intent }) => intent)).toEqual(['UNKNOWN']);
  });

  test.each(['ravi ka status batao', 'meena ka number bataiye'])(
    'when Hinglish asks to be told ("%s"), then nothing is written',
    (transcript) => {
      expect(readAll(transcript).map(({ intent }) => intent)).toEqual(['UNKNOWN']);
    },
  );

  test.each([
    ['sunil is out of station, call him next week', 'sunil'],
    ['meena went out of town, ring her next month', 'meena'],
  ])('when "out of" says where a lead is ("%s"), then what follows is no lead', (transcript, lead) => {
    expect(read(transcript).entities).toMatchObject({ lead, status: 'FOLLOW_UP' });
  });

  test('when a note says whom it is about and then "he", then the visit is for that lead', () => {
    expect(read('this is about ravi kumar, he wants to visit on sunday at 11').entities).toMatchObject({
      lead: 'ravi kumar',
      visit_time: '2025-10-05T11:00:00+05:30',
    });
  });

  test('when a past day is told of the story and a future one booked, then the booking is on the future one', () => {
    expect(
      read('ravi came for a visit yesterday, he wants to come again on monday at 4').entities,
    ).toMatchObject({
      lead: 'ravi',
      visit_time: '2025-10-06T16:00:00+05:30',
    });
  });

  test('when a visit is booked for yesterday, then it is still asked', () => {
    expect(asksOrNothing('book chetna for yesterday at 5')).toBe(true);
  });
});

describe('held-out set 31 classes', () => {
  test('when the day is said once, last, for a list of visits, then every visit is on it', () => {
    expect(readAll('book ravi at 11 and meena at 1 on tuesday').map(({ entities }) => entities)).toEqual([
      { lead: 'ravi', visit_time: '2025-10-07T11:00:00+05:30' },
      { lead: 'meena', visit_time: '2025-10-07T13:00:00+05:30' },
    ]);
  });

  test('when one word of reason follows the status after a stop, then it is the note', () => {
    expect(read('ravi lost. budget.').entities).toMatchObject({ status: 'LOST', notes: 'budget' });
  });

  test('when a courtesy follows the status, then it is no note', () => {
    expect(read('mark meena as lost, thanks').entities).not.toHaveProperty('notes');
  });

  test.each(['ravi is very keen', 'meena has not booked yet but is keen'])(
    'when the lead is keen ("%s"), then it is IN_PROGRESS',
    (transcript) => {
      expect(read(transcript).entities).toMatchObject({ status: 'IN_PROGRESS' });
    },
  );

  test('when a name is followed by "right", then "right" is no surname', () => {
    expect(read('so sunil right, mark him as won').entities).toMatchObject({ lead: 'sunil', status: 'WON' });
  });

  test('when a name follows a colon in a create, then it is the name', () => {
    expect(read('new lead from facebook ad: kiran, pune, 98220 12345').entities).toMatchObject({
      name: 'Kiran',
      city: 'Pune',
      source: 'Facebook',
    });
  });
});

describe('held-out set 32 classes', () => {
  test.each([
    ['book ravi for 4 pm, not monday, tuesday', '2025-10-07T16:00:00+05:30'],
    ['visit meena at 11, not tomorrow, day after', '2025-10-06T11:00:00+05:30'],
  ])('when a day is denied and another put after a comma ("%s"), then the other stands', (t, at) => {
    expect(read(t).entities).toMatchObject({ visit_time: at });
  });

  test.each([
    ['we lost sunil to another builder', 'sunil', 'LOST'],
    ['we finally won kavita', 'kavita', 'WON'],
  ])(
    'when "we" won or lost a lead ("%s"), then the lead is the one named after the verb',
    (t, lead, status) => {
      expect(read(t).entities).toMatchObject({ lead, status });
    },
  );

  test.each([
    ['ravi se baat hui, woh interested hai', 'ravi', 'IN_PROGRESS'],
    ['sunil nahi lena chahta', 'sunil', 'LOST'],
    ['meena ne token amount de diya', 'meena', 'WON'],
  ])('when a status is told in Hinglish ("%s"), then it is read', (t, lead, status) => {
    expect(read(t).entities).toMatchObject({ lead, status });
  });
});

/**
 * Found by a metamorphic probe (each fixture transcript with a filler, an opener, a closer, a stutter or
 * its punctuation removed must write the same values or ask): classes no fixture had.
 */
describe('what a courtesy, an opener or a stutter must not change', () => {
  test.each([
    ['book a site visit for ravi tomorrow at 5, thanks', { lead: 'ravi' }],
    ['add lead pankaj from gorakhpur phone 98200 11223 please add, thank you', { name: 'Pankaj' }],
    ['mark meena as lost, budget too low, thanks', { notes: 'budget too low' }],
  ])('when "%s" ends with a courtesy, then the courtesy is no value', (t, entities) => {
    expect(read(t).entities).toMatchObject(entities);
  });

  test.each([
    'okay so sunil and meena are both not interested',
    'ok so book sunil and meena for monday at 4 pm',
  ])('when "%s" opens with a filler, then both leads are still read', (transcript) => {
    expect(readAll(transcript)).toHaveLength(2);
  });

  test('when a digit group of a phone is said twice, then the phone is asked, never guessed', () => {
    expect(asksOrNothing('add new lead rahul verma from pune phone 98220 98220 12345')).toBe(true);
  });

  test('when a phone is two equal groups, then it is still that phone', () => {
    expect(read('add new lead rahul verma from pune phone 98450 98450').entities).toMatchObject({
      phone: '+919845098450',
    });
  });

  test.each([
    ['book ravi tomorrow at 11 11 am', '2025-10-05T11:00:00+05:30'],
    ['meena visit on monday at 4 4 pm', '2025-10-06T16:00:00+05:30'],
  ])('when an hour is said twice ("%s"), then it is one hour, not minutes', (t, at) => {
    expect(read(t).entities).toMatchObject({ visit_time: at });
  });

  test('when a known locality stands before its city without commas, then it is no part of the name', () => {
    expect(read('add lead kavita rao koramangala bangalore 98450 12345').entities).toMatchObject({
      name: 'Kavita Rao',
      city: 'Bangalore',
      locality: 'Koramangala',
    });
  });

  test('when a request follows a phone number without a stop, then it is a request of its own', () => {
    expect(
      readAll('add meera nair from kochi 94470 12121 book her visit for sunday at 10 am').map(
        (a) => a.intent,
      ),
    ).toEqual(['LEAD_CREATE', 'VISIT_SCHEDULE']);
  });
});

describe('lists and stutters without punctuation', () => {
  test('when leads and statuses are listed without commas, then each is an update', () => {
    expect(
      readAll('ravi is lost sunil is follow up and meena is in progress').map(({ entities }) => entities),
    ).toEqual([
      { lead: 'ravi', status: 'LOST' },
      { lead: 'sunil', status: 'FOLLOW_UP' },
      { lead: 'meena', status: 'IN_PROGRESS' },
    ]);
  });

  test.each([
    ['ravi visit tomorrow evening at 6 6 30', '2025-10-05T18:30:00+05:30'],
    ['visit for meena on monday at 11 11 a m', '2025-10-06T11:00:00+05:30'],
  ])('when the hour is said twice before its minutes or a split am ("%s"), then it is said once', (t, at) => {
    expect(read(t).entities).toMatchObject({ visit_time: at });
  });
});

describe('stutters in numbers', () => {
  test.each([
    ['book ravi tomorrow itself 11 11 am', '2025-10-05T11:00:00+05:30'],
    ['pooja visit parso 11 11 baje', '2025-10-06T11:00:00+05:30'],
    ['meena visit in two two days at 3', '2025-10-06T15:00:00+05:30'],
    ['hemant visit tomorrow at seven seven in the evening', '2025-10-05T19:00:00+05:30'],
  ])('when a number of a time is said twice ("%s"), then it is said once', (t, at) => {
    expect(read(t).entities).toMatchObject({ visit_time: at });
  });

  test('when a phone holds the same pair twice, then the phone is whole', () => {
    expect(read('add lead ravi from pune phone 98 11 11 22 33').entities).toMatchObject({
      phone: '+919811112233',
    });
  });

  test('when a word before the city is a locality only of other cities, then it is no locality', () => {
    expect(read('add lead sonia, sonia, pune, 98220 99001').entities).not.toHaveProperty('locality');
  });
});

describe('held-out set 34 classes', () => {
  test.each([
    'sunil won first place in the quiz',
    'meena lost track of time',
    'ravi lost weight after the surgery',
  ])(
    'when "won" or "lost" has a thing of its own after the lead ("%s"), then no status is written',
    (transcript) => {
      expect(asksOrNothing(transcript)).toBe(true);
    },
  );

  test.each([
    ['mark ravi won today', 'ravi', 'WON'],
    ['ravi lost to a competitor', 'ravi', 'LOST'],
    ['we lost meena to another builder', 'meena', 'LOST'],
    ['won deepak rao', 'deepak rao', 'WON'],
  ])('when "won" or "lost" is the deal ("%s"), then it stays the status', (t, lead, status) => {
    expect(read(t).entities).toMatchObject({ lead, status });
  });

  test.each(['meena closed her office for diwali', 'ravi signed for the parcel at the gate'])(
    'when a sale verb is said of the lead\'s own things or a delivery ("%s"), then no status is written',
    (transcript) => {
      expect(asksOrNothing(transcript)).toBe(true);
    },
  );

  test.each([
    ['ravi closed the deal', 'WON'],
    ['ravi signed for the flat', 'WON'],
  ])('when the sale verb is said of the deal or a home ("%s"), then it is WON', (t, status) => {
    expect(read(t).entities).toMatchObject({ status });
  });

  test.each(['sunil went elsewhere', 'meena has gone somewhere else'])(
    'when the lead went elsewhere ("%s"), then it is LOST',
    (transcript) => {
      expect(read(transcript).entities).toMatchObject({ status: 'LOST' });
    },
  );

  test('when a visit cannot happen and is moved, then the new time is booked for that lead', () => {
    expect(read('ravi kumar cannot come on friday, reschedule to monday at 11')).toMatchObject({
      intent: 'VISIT_SCHEDULE',
      entities: { lead: 'ravi kumar', visit_time: '2025-10-06T11:00:00+05:30' },
    });
  });

  test.each(['meena is not lost', 'sunil lost, no, not lost, he is just travelling'])(
    'when "lost" is denied ("%s"), then it is no status',
    (transcript) => {
      expect(asksOrNothing(transcript)).toBe(true);
    },
  );
});

describe('typed short text (held-out set 35 classes)', () => {
  test.each([
    ['ravi kumar -> won', { lead: 'ravi kumar', status: 'WON' }],
    ['meena => follow up', { lead: 'meena', status: 'FOLLOW_UP' }],
    ['sunil visit tomorrow @ 4', { lead: 'sunil', visit_time: '2025-10-05T16:00:00+05:30' }],
    ['plz book kiran for wed 5pm', { lead: 'kiran', visit_time: '2025-10-08T17:00:00+05:30' }],
  ])('when "%s" is typed, then it is read', (t, entities) => {
    expect(read(t).entities).toMatchObject(entities);
  });

  test('when two leads are joined with "+", then each is updated', () => {
    expect(readAll('ravi + meena both lost').map(({ entities }) => entities)).toEqual([
      { lead: 'ravi', status: 'LOST' },
      { lead: 'meena', status: 'LOST' },
    ]);
  });

  test('when "name: status." is typed twice, then each is an update', () => {
    expect(readAll('Ravi Kumar: WON. Meena Shah: LOST.').map(({ entities }) => entities)).toEqual([
      { lead: 'Ravi Kumar', status: 'WON' },
      { lead: 'Meena Shah', status: 'LOST' },
    ]);
  });

  test('when a report of a visit is followed by "next visit" and a time, then the next visit is booked', () => {
    expect(read('Ravi - visit done. Next visit Sat 6pm')).toMatchObject({
      intent: 'VISIT_SCHEDULE',
      entities: { lead: 'Ravi', visit_time: '2025-10-04T18:00:00+05:30' },
    });
  });

  test('when a name and an unsupported state are typed with a dash, then the status is asked', () => {
    expect(asksOrNothing('meena - on hold')).toBe(true);
    expect(readAll('meena - on hold')).toEqual([{ intent: 'LEAD_UPDATE', entities: { lead: 'meena' } }]);
  });

  test('when a source is typed as a field of a list, then it is the source', () => {
    expect(read('New lead: Kiran Rao | Pune | 9822012345 | FB').entities).toMatchObject({
      source: 'Facebook',
    });
  });

  test('when the locality is labelled "loc", then it is the locality', () => {
    expect(read('lead: kiran rao, ph: 9822012345, loc: kothrud, pune').entities).toMatchObject({
      city: 'Pune',
      locality: 'Kothrud',
    });
  });
});

describe('requests run together without punctuation', () => {
  test.each([
    ['mark asha won book bharat for tomorrow at 4', ['LEAD_UPDATE', 'VISIT_SCHEDULE']],
    ['book ravi at 4 pm mark sunil lost', ['VISIT_SCHEDULE', 'LEAD_UPDATE']],
    ['mark meena follow up mark kiran in progress', ['LEAD_UPDATE', 'LEAD_UPDATE']],
  ])('when "%s" is said in one breath, then each request is read', (transcript, intents) => {
    expect(readAll(transcript).map(({ intent }) => intent)).toEqual(intents);
  });

  test('when a booking verb only names what a lead wants, then it is no second request', () => {
    expect(readAll('ravi is interested he wants to book a 2 bhk').map(({ intent }) => intent)).toEqual([
      'LEAD_UPDATE',
    ]);
  });
});

describe('what the stutter probe found last', () => {
  test('when statuses are listed without commas after bare names, then each is an update', () => {
    expect(readAll('akash won bhumi lost chetan follow up').map(({ entities }) => entities)).toEqual([
      { lead: 'akash', status: 'WON' },
      { lead: 'bhumi', status: 'LOST' },
      { lead: 'chetan', status: 'FOLLOW_UP' },
    ]);
  });

  test.each([
    ['meena visit: 16 16 oct, 4:30pm', '2025-10-16T16:30:00+05:30'],
    ['visit with ravi tomorrow evening at 6 p.m. p.m.', '2025-10-05T18:00:00+05:30'],
  ])('when a day of the month or "p.m." is said twice ("%s"), then it is said once', (t, at) => {
    expect(read(t).entities).toMatchObject({ visit_time: at });
  });

  test('when the day of the month said twice is read, then "pm" is no part of the lead', () => {
    expect(read('visit with ravi tomorrow evening at 6 p.m. p.m.').entities).toMatchObject({ lead: 'ravi' });
  });
});

describe('held-out set 36 classes', () => {
  test.each([
    'book ravi for monday at 4, no, forget it',
    'mark sunil as won, never mind',
    'add lead meena from pune 98220 11223, no leave it',
    'put asha in follow up, actually leave it as it is',
    'kiran ko lost mark karo, nahi rehne do',
  ])('when a request is withdrawn ("%s"), then nothing is written', (transcript) => {
    expect(readAll(transcript).map(({ intent }) => intent)).toEqual(['UNKNOWN']);
  });

  test('when only the last of two requests is withdrawn, then the first stands', () => {
    expect(readAll('mark sunil as won and book ravi for monday at 4, no forget that')).toEqual([
      { intent: 'LEAD_UPDATE', entities: { lead: 'sunil', status: 'WON' } },
    ]);
  });

  test('when "leave it" names the status to keep, then it is a repair, not a withdrawal', () => {
    expect(read('mark asha lost, no leave it at follow up').entities).toMatchObject({ status: 'FOLLOW_UP' });
  });

  test.each([
    ['ravi is still considering, put him in follow up', 'FOLLOW_UP'],
    ['meena is still deciding, follow up on monday', 'FOLLOW_UP'],
    ['he is still evaluating options, mark him follow up', 'FOLLOW_UP'],
  ])(
    'when an open state is told and then a status asked for ("%s"), then the one asked for is written',
    (t, status) => {
      expect(read(t).entities).toMatchObject({ status });
    },
  );

  test('when a purchase elsewhere is said in the perfect ("has taken", "has chosen"), then it is LOST', () => {
    expect(read('priya has taken a unit with another builder').entities).toMatchObject({ status: 'LOST' });
    expect(read('kiran has chosen a resale flat').entities).toMatchObject({ status: 'LOST' });
  });

  test.each(['sunil booked with us, follow up next week', 'meena has taken a flat elsewhere, in progress'])(
    'when a closed fact and another status are said in one clause ("%s"), then it is asked',
    (t) => {
      expect(asksOrNothing(t)).toBe(true);
    },
  );

  test.each([
    [
      'new lead / kiran shah / surat / 9825011223 / instagram',
      { name: 'Kiran Shah', city: 'Surat', source: 'Instagram' },
    ],
    ['add lead | mohan das | kolkata | 98300 11224', { name: 'Mohan Das', city: 'Kolkata' }],
  ])('when typed fields are set apart by slashes or bars ("%s"), then each is read', (t, values) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_CREATE', entities: values });
  });

  test('when a slash is part of a date, then it is no field separator', () => {
    expect(read('book kiran on 12/10 at 4 pm').entities).toMatchObject({
      visit_time: '2025-10-12T16:00:00+05:30',
    });
  });

  test.each([
    [
      'new lead anita desai koregaon park pune 98220 11225',
      { name: 'Anita Desai', city: 'Pune', locality: 'Koregaon Park' },
    ],
    [
      'add lead rohit verma andheri mumbai 98200 11226',
      { name: 'Rohit Verma', city: 'Mumbai', locality: 'Andheri' },
    ],
    [
      'new lead sunita rao jubilee hills hyderabad 98490 11227',
      { name: 'Sunita Rao', city: 'Hyderabad', locality: 'Jubilee Hills' },
    ],
    [
      'new lead ram prasad gupta lajpat nagar delhi 98110 11228',
      { name: 'Ram Prasad Gupta', city: 'Delhi', locality: 'Lajpat Nagar' },
    ],
    [
      'add lead priya sharma model town delhi 98110 11229',
      { name: 'Priya Sharma', city: 'Delhi', locality: 'Model Town' },
    ],
  ])(
    'when a locality of the city said next follows the name without a comma ("%s"), then it is no part of the name',
    (t, values) => {
      expect(read(t)).toMatchObject({ intent: 'LEAD_CREATE', entities: values });
    },
  );

  test.each([
    ['add lead amit nagar pune 98220 11230', 'Amit Nagar'],
    ['new lead ravi kumar nagar pune 98220 11231', 'Ravi Kumar Nagar'],
  ])(
    'when a surname looks like a place word ("%s"), then a name of fewer than two words is not cut',
    (t, name) => {
      expect(read(t).entities).toMatchObject({ name, city: 'Pune' });
    },
  );
});

describe('held-out set 37 classes', () => {
  test.each([
    'mark ravi sharma as won no not ravi',
    'book sunil for monday at 4 no not monday',
    'new lead meena from pune 98220 11232 no not pune',
    'put kiran in follow up, no, not follow up',
  ])('when a value said is denied at the end with nothing put instead ("%s"), then it is asked', (t) => {
    expect(asksOrNothing(t)).toBe(true);
  });

  test('when a value is denied and another put instead, then the other stands', () => {
    expect(read('book sunil for monday at 4 no not monday tuesday').entities).toMatchObject({
      visit_time: '2025-10-07T16:00:00+05:30',
    });
  });

  test('when "not" names something never said before, then nothing is taken back', () => {
    expect(read('mark ravi as lost, not interested').entities).toMatchObject({ status: 'LOST' });
  });

  test.each([
    ['add lead anu from pune phone 98220 11233 no wait 34', '+919822011234'],
    [
      'new lead anu from pune number nine eight two two zero one one two three three sorry three four',
      '+919822011234',
    ],
    ['add lead anu from pune phone 98220 11233 i mean 11234', '+919822011234'],
  ])(
    'when the last digits of a phone are said again ("%s"), then they replace the last digits',
    (t, phone) => {
      expect(read(t).entities).toMatchObject({ phone });
    },
  );

  test('when a time follows a marker after a phone, then the phone is not changed', () => {
    expect(
      readAll('add lead anu from pune phone 98220 11233 and book her tomorrow at 5 no 6')[0]?.entities,
    ).toMatchObject({
      phone: '+919822011233',
    });
  });

  test.each([
    ['mark ravi as won, actually let me check first'],
    ['book sunil for monday at 4, hold on, let me confirm with him'],
  ])('when the speaker defers ("%s"), then nothing is written', (t) => {
    expect(readAll(t).map(({ intent }) => intent)).toEqual(['UNKNOWN']);
  });

  test.each([
    ['ravi is interested, keep following up', 'FOLLOW_UP'],
    ['meena is keen, follow up with her next week', 'FOLLOW_UP'],
    ['continue to follow up with sunil', 'FOLLOW_UP'],
  ])(
    'when a state is described and a status asked for ("%s"), then the one asked for is written',
    (t, status) => {
      expect(read(t).entities).toMatchObject({ status });
    },
  );

  test('when the phone is one digit short and "for" follows it, then "for" is its last digit', () => {
    expect(
      read('add lead neha from indore phone nine eight two six zero one one two three for').entities,
    ).toMatchObject({
      phone: '+919826011234',
    });
  });
});

describe('what the metamorphic probe found in session 11', () => {
  test('when a filler sits inside a withdrawal ("leave uh it"), then the request is still withdrawn', () => {
    expect(readAll('mark sunil as won, no, forget um it').map(({ intent }) => intent)).toEqual(['UNKNOWN']);
  });

  test('when a name is spelled out letter by letter without punctuation, then the letters are no part of it', () => {
    expect(read('new lead ritu r i t u from pune 98220 11236').entities).toMatchObject({ name: 'Ritu' });
  });

  test('when a denied day is followed at once by the day put instead, then that day stands', () => {
    expect(read('book sunil for 5 pm not tomorrow day after').entities).toMatchObject({
      visit_time: '2025-10-06T17:00:00+05:30',
    });
  });

  test.each([
    ['move arjun to follow up call him next week', 'call him next week'],
    ['harpreet has lost interest too expensive for her', 'too expensive for her'],
  ])('when a reason follows the status without punctuation ("%s"), then it is the note', (t, notes) => {
    expect(read(t).entities).toMatchObject({ notes });
  });
});

describe('held-out set 38 classes', () => {
  test.each([
    ['ravi booked a site visit for sunday at 11', '2025-10-05T11:00:00+05:30'],
    ['meena has booked an appointment to see the flat on monday at 4 pm', '2025-10-06T16:00:00+05:30'],
  ])('when what was booked is a visit ("%s"), then it is a visit, never WON', (t, at) => {
    expect(read(t)).toMatchObject({ intent: 'VISIT_SCHEDULE', entities: { visit_time: at } });
  });

  test.each([
    'ravi ne token ka paisa de diya',
    'meena ne advance payment kar diya',
    'sunil ne booking amount bhej diya',
  ])('when a payment is said in Hinglish ("%s"), then it is WON', (t) => {
    expect(read(t).entities).toMatchObject({ status: 'WON' });
  });

  test.each(['ravi is dropping the plan', 'meena is dropping the idea of buying'])(
    'when the plan is being dropped ("%s"), then it is LOST',
    (t) => {
      expect(read(t).entities).toMatchObject({ status: 'LOST' });
    },
  );

  test.each([
    ['add lead ravi from pune 98220 11240, he called after seeing our hoarding', 'Hoarding'],
    ['new lead meena from pune 98220 11241, she noticed our ad on instagram', 'Instagram'],
  ])('when a source is seen ("%s"), then it is the source', (t, source) => {
    expect(read(t).entities).toMatchObject({ source });
  });

  test.each([
    ['ravi ka visit kal saade paanch baje', '2025-10-05T17:30:00+05:30'],
    ['meena ka visit parso sham chhe baje', '2025-10-06T18:00:00+05:30'],
    ['sunil ka visit kal subah sawa das baje', '2025-10-05T10:15:00+05:30'],
    ['kiran ka visit kal dopahar dhai baje', '2025-10-05T14:30:00+05:30'],
  ])('when the hour is said in Hindi ("%s"), then it is read', (t, at) => {
    expect(read(t).entities).toMatchObject({ visit_time: at });
  });

  test('when the status is said again as a conclusion ("so she is confirmed"), then it is no note', () => {
    expect(read('amit paid the token amount today so he is confirmed').entities).toEqual({
      lead: 'amit',
      status: 'WON',
    });
  });

  test('when "yet" follows a negated status, then it is no part of the note', () => {
    const [action] = understandWithRules('ravi is not lost yet, he is just travelling').actions;
    expect(action?.said.notes).toBe('he is just travelling');
  });
});

describe('held-out set 39 classes', () => {
  test.each([
    ['book ravi for monday at 4 pm he wants to see the top floor', 'he wants to see the top floor'],
    ['schedule a visit for meena on sunday at 11, she will bring her parents', 'she will bring her parents'],
  ])('when a clause about the lead follows the visit\'s time ("%s"), then it is the note', (t, notes) => {
    expect(read(t).entities).toMatchObject({ notes });
  });

  test('when what follows the time asks for the booking, then it is no note', () => {
    expect(read('ravi wants to come on friday at 5 please book it').entities).not.toHaveProperty('notes');
  });

  test('when the lead is named after the status, then the name is no part of the note', () => {
    // A fact said after the status is its note (the house rule), without the lead's name.
    expect(read('registration done for kiran mehta, she is our customer now').entities).toEqual({
      lead: 'kiran mehta',
      status: 'WON',
      notes: 'she is our customer now',
    });
  });

  test.each([
    ['ravi abhi soch raha hai follow up karna padega', 'FOLLOW_UP'],
    ['meena abhi soch rahi hai', 'IN_PROGRESS'],
  ])('when Hinglish says the lead is still thinking ("%s"), then the lead is read', (t, status) => {
    expect(read(t).entities).toMatchObject({ status });
  });
});

describe('held-out set 41 classes', () => {
  test.each([
    ['ravi is lost he bought a villa in lonavala', 'he bought a villa in lonavala'],
    ['mark meena lost, she purchased a flat near her office', 'she purchased a flat near her office'],
  ])(
    'when a purchase is told after LOST ("%s"), then it was elsewhere: the reason, not a rival',
    (t, notes) => {
      expect(read(t).entities).toMatchObject({ status: 'LOST', notes });
    },
  );

  test('when a purchase told after LOST was ours, then it is asked', () => {
    expect(asksOrNothing('ravi is lost he bought a flat from us')).toBe(true);
  });

  test('when a reason with a verb follows a time after the status, then all of it is the note', () => {
    expect(read('sunil follow up next friday he requested the brochure').entities).toMatchObject({
      status: 'FOLLOW_UP',
      notes: 'next friday he requested the brochure',
    });
  });

  test('when what follows "and" in a visit\'s wish is a thing, then it is no second visit', () => {
    expect(
      read('book ravi for monday at 4, he wants to see the terrace and the parking').entities,
    ).toMatchObject({
      notes: 'he wants to see the terrace and the parking',
    });
  });

  test('when "hai" follows a status in Hinglish, then the reason after it is the note', () => {
    expect(read('meena follow up hai, abhi busy hai').entities).toMatchObject({
      status: 'FOLLOW_UP',
      notes: expect.any(String),
    });
  });
});

describe('held-out set 42 classes', () => {
  test.each(['book ravi on sunday between 4 and 6 pm', 'schedule meena tomorrow anywhere between 11 and 1'])(
    'when a range of hours is said ("%s"), then the hour is asked, never one end of it',
    (t) => {
      expect(asksOrNothing(t)).toBe(true);
    },
  );

  test('when "sometime" follows the name, then it is no part of it', () => {
    expect(readAll('book anand kumar sometime next week')[0]?.entities).toMatchObject({
      lead: 'anand kumar',
    });
  });
});

describe('held-out set 43 classes', () => {
  test.each(['ravi sharma may or may not be interested', 'meena may not be interested'])(
    'when a status is said with "may" ("%s"), then it is asked and "may" is no part of the name',
    (t) => {
      expect(asksOrNothing(t)).toBe(true);
      expect(understandWithRules(t).actions[0]?.said.lead_reference).not.toMatch(/\bmay\b/);
    },
  );

  test('when a fact about the lead follows the visit\'s time ("her budget is …"), then it is the note', () => {
    expect(read('book meena for monday at 4 pm, her budget is 70 lakhs').entities).toMatchObject({
      notes: 'her budget is 70 lakhs',
    });
  });
});

describe('held-out set 44 classes', () => {
  test.each([
    ['from punawale', 'Punawale'],
    ['from thergaon', 'Thergaon'],
    ['from dhanori', 'Dhanori'],
  ])(
    'when a branch post office of the city\'s own taluk is said ("%s"), then it is a locality of that city',
    (place, locality) => {
      expect(read(`add lead sachin more ${place} 98220 12345`).entities).toMatchObject({
        city: 'Pune',
        locality,
      });
    },
  );

  test.each([
    'suresh nair might be interested',
    'deepa iyer could be interested',
    'mohan lal must be lost i guess',
  ])(
    'when a status is said with a modal of doubt ("%s"), then it is asked and the modal is no part of the name',
    (t) => {
      expect(asksOrNothing(t)).toBe(true);
      expect(understandWithRules(t).actions[0]?.said.lead_reference).not.toMatch(/\b(?:might|could|must)\b/);
    },
  );

  test.each([
    'ravi sharma talks going on',
    'negotiations ongoing with meena iyer',
    'anil kumar discussion still going on',
  ])('when talks are said to be going on without a verb ("%s"), then the lead is in progress', (t) => {
    expect(read(t).entities).toMatchObject({ status: 'IN_PROGRESS' });
  });

  test.each([
    ['ravi kumar: lost (price too high)', 'LOST', 'price too high'],
    ['meena -> follow up (call after diwali)', 'FOLLOW_UP', 'call after diwali'],
  ])(
    'when a typed status has an aside in brackets ("%s"), then the aside is the note',
    (t, status, notes) => {
      expect(read(t).entities).toMatchObject({ status, notes });
    },
  );

  test('when two leads of two words each share one status ("… and … are both won"), then each is updated', () => {
    expect(readAll('ravi sharma and meena iyer are both won').map((action) => action.entities)).toEqual([
      { lead: 'ravi sharma', status: 'WON' },
      { lead: 'meena iyer', status: 'WON' },
    ]);
  });

  test.each([
    'visit - ravi sharma - tomorrow 4pm',
    'site visit | ravi sharma | tomorrow 4 pm',
    'meeting: ravi sharma, tomorrow 4 pm',
  ])(
    'when a typed request word is followed by a separator and the lead ("%s"), then the lead is read',
    (t) => {
      expect(read(t).entities).toMatchObject({
        lead: 'ravi sharma',
        visit_time: '2025-10-05T16:00:00+05:30',
      });
    },
  );
});

describe('held-out set 46 classes', () => {
  test.each(['ravi ko won mark mat karo', 'meena sharma ka status lost mat karna'])(
    'when a Hinglish request is said with "mat" ("%s"), then it is asked, never written',
    (t) => {
      expect(asksOrNothing(t)).toBe(true);
    },
  );

  test('when a Hinglish visit is said with "mat", then nothing is booked', () => {
    expect(asksOrNothing('anil ka visit kal 5 baje book mat karna')).toBe(true);
  });

  test.each(['saare leads ko lost kar do', 'sabhi clients ko follow up mein daalo'])(
    'when every lead is meant in Hinglish ("%s"), then nothing is written',
    (t) => {
      expect(readAll(t).every((action) => action.intent === 'UNKNOWN')).toBe(true);
    },
  );

  test.each([
    "ravi's phone number has changed to 98200 11111",
    "please update meena iyer's email",
    'change the address of anil kumar',
    "change sunita's number to 98200 11112",
  ])('when a contact detail is to be changed ("%s"), then nothing is written', (t) => {
    expect(readAll(t).every((action) => action.intent === 'UNKNOWN')).toBe(true);
  });

  test('when "mark" is said with a lead and nothing more, then the status is asked for that lead', () => {
    expect(read('mark ravi sharma')).toEqual({ intent: 'LEAD_UPDATE', entities: { lead: 'ravi sharma' } });
  });

  test.each([
    "ravi sharma said he'll come on monday at 4",
    "meena iyer confirmed she'll come on monday at 4",
  ])('when a visit is said with "\'ll" ("%s"), then it is booked', (t) => {
    expect(read(t).entities).toMatchObject({ visit_time: '2025-10-06T16:00:00+05:30' });
  });

  test.each([
    'ravi and meena both want to visit on monday at 4',
    'anil sharma and sunita rao will come on monday at 4',
  ])('when two leads share one visit ("%s"), then each is booked', (t) => {
    expect(readAll(t).map((action) => action.entities.visit_time)).toEqual([
      '2025-10-06T16:00:00+05:30',
      '2025-10-06T16:00:00+05:30',
    ]);
  });
});

describe('held-out set 47 classes', () => {
  test.each([
    'book ravi for monday 4 to 5 pm',
    'meena visit tomorrow from 11 till 12',
    'anil visit on friday 3-4 pm',
  ])('when a span of hours is said with "to", "till" or a dash ("%s"), then the hour is asked', (t) => {
    expect(asksOrNothing(t)).toBe(true);
  });

  test.each([
    ['new lead anil from pune 98200 11111 budget 1 to 2 crore', 'LEAD_CREATE'],
    ['book ravi for monday at 4, he wants a 2 to 3 bhk', 'VISIT_SCHEDULE'],
  ])('when numbers with "to" are amounts ("%s"), then they are no span of hours', (t, intent) => {
    expect(asksOrNothing(t)).toBe(false);
    expect(read(t).intent).toBe(intent);
  });

  test.each([
    'new lead anil from pune 98200 11111 reference from meena',
    'new lead anil from pune 98200 11111 referred by meena sharma',
  ])('when a lead is said to come through somebody ("%s"), then the source is Referral', (t) => {
    expect(read(t).entities).toMatchObject({ name: 'Anil', city: 'Pune', source: 'Referral' });
  });

  test.each([
    ['add lead for ravi 98200 11111 pune kothrud', 'Ravi', 'Pune', 'Kothrud'],
    ['new lead meena mumbai andheri 98200 11112', 'Meena', 'Mumbai', 'Andheri'],
  ])(
    'when a locality of the city is said after it ("%s"), then it is the locality, not the name',
    (t, name, city, locality) => {
      expect(read(t).entities).toMatchObject({ name, city, locality });
    },
  );

  test.each(['mark ravi won and do the needful', 'update meena to lost, please do the needful'])(
    'when "do the needful" closes a request ("%s"), then it is no note',
    (t) => {
      expect(read(t).entities.notes).toBeUndefined();
    },
  );

  test.each(['ravi revert karega monday ko', 'meena call back karegi next week'])(
    'when the lead will come back is said in Hinglish ("%s"), then it is a follow-up',
    (t) => {
      expect(read(t).entities).toMatchObject({ status: 'FOLLOW_UP' });
    },
  );

  test.each([
    'ravi sharma has postponed his decision till diwali',
    'meena deferred the purchase to next year',
  ])('when the lead puts the decision off ("%s"), then it is a follow-up', (t) => {
    expect(read(t).entities).toMatchObject({ status: 'FOLLOW_UP' });
  });
});

describe('held-out set 48 classes', () => {
  test.each(['ravi bought a flat from somebody else', 'meena iyer took a unit from someone else'])(
    'when the lead bought from somebody else ("%s"), then the lead is lost',
    (t) => {
      expect(read(t).entities).toMatchObject({ status: 'LOST' });
    },
  );
});

describe('held-out set 49 classes', () => {
  test.each([
    'met ravi sharma today at the office, he liked the corner flat, so book a visit on monday at 4',
    'meena iyer came with her parents yesterday, they want to come again on monday at 4',
  ])(
    'when a story says when it happened and then asks for a visit ("%s"), then the visit has the asked time',
    (t) => {
      expect(read(t).entities).toMatchObject({ visit_time: '2025-10-06T16:00:00+05:30' });
    },
  );

  test.each([
    'ravi sharma asked if he can come on monday at 4',
    'meena iyer asked whether she could come on monday at 4',
  ])('when the lead asked whether they can come ("%s"), then it is a visit', (t) => {
    expect(read(t)).toMatchObject({
      intent: 'VISIT_SCHEDULE',
      entities: { visit_time: '2025-10-06T16:00:00+05:30' },
    });
  });

  test.each([
    'ravi sharma said he will decide after the 15th',
    'meena iyer will think about it next month',
    'anil will see in two weeks',
  ])('when the lead will decide later ("%s"), then it is a follow-up', (t) => {
    expect(read(t).entities).toMatchObject({ status: 'FOLLOW_UP' });
  });

  test('when the lead will decide after the visit, then nothing is written', () => {
    expect(asksOrNothing('ravi sharma will decide after the visit')).toBe(true);
  });

  test.each(['ravi sharma wants to visit the site', 'meena iyer would like to visit again'])(
    'when a visit is asked for without a time ("%s"), then the time is asked for that lead',
    (t) => {
      expect(read(t)).toMatchObject({ intent: 'VISIT_SCHEDULE' });
      expect(asksOrNothing(t)).toBe(true);
    },
  );

  test.each([
    ['ravi ka budget abhi nahi hai, diwali ke baad dekhenge', 'FOLLOW_UP'],
    ['meena sharma ki booking confirm ho gayi', 'WON'],
    ['anil kumar abhi interested nahi hai', 'LOST'],
  ])('when a status is said in Hinglish ("%s"), then it is read', (t, status) => {
    expect(read(t).entities).toMatchObject({ status });
  });

  test('when "abhi" follows a name, then it is no part of it', () => {
    expect(read('anil kumar abhi interested nahi hai').entities).toMatchObject({ lead: 'anil kumar' });
  });

  test.each([
    ['ravi sharma kal 5 baje aayega', '2025-10-05T17:00:00+05:30'],
    ['meena ko monday 4 baje ka time diya hai', '2025-10-06T16:00:00+05:30'],
  ])('when a visit is said in Hinglish ("%s"), then it is booked', (t, at) => {
    expect(read(t)).toMatchObject({ intent: 'VISIT_SCHEDULE', entities: { visit_time: at } });
  });

  test.each([
    'ravi sharma has gone silent, should i mark him lost',
    'meena is not picking up, do you think i should mark her as lost',
  ])('when advice is asked after a report ("%s"), then nothing is written', (t) => {
    expect(readAll(t).every((action) => action.intent === 'UNKNOWN')).toBe(true);
  });
});

describe('held-out set 49 classes, continued', () => {
  test('when a floor is said with an ordinal ("the 12th floor"), then it is no day of the visit', () => {
    expect(
      read("ravi sharma liked the flat on the 12th floor so let's do a visit on monday at 4").entities,
    ).toMatchObject({
      visit_time: '2025-10-06T16:00:00+05:30',
    });
  });

  test("when a report about a lead ends with a later contact asked for, then it is that lead's follow-up", () => {
    expect(read('ravi sharma did not answer again, fourth time, try again on monday').entities).toMatchObject(
      {
        lead: 'ravi sharma',
        status: 'FOLLOW_UP',
      },
    );
  });
});

describe('held-out set 50 classes', () => {
  test('when a story says "in the morning" of a call, then it is not the visit\'s time', () => {
    expect(read('ravi sharma called in the morning, he will come on monday at 4').entities).toMatchObject({
      visit_time: '2025-10-06T16:00:00+05:30',
    });
  });

  test('when a visit is said in Hinglish to have happened ("visit tha"), then a later follow-up is the request', () => {
    expect(read('ravi ka visit tha aaj, pasand aaya, follow up karna padega').entities).toMatchObject({
      status: 'FOLLOW_UP',
    });
  });

  test.each([
    "ravi sharma's wife called, they've decided not to buy",
    "meena iyer called, they're not interested anymore",
  ])('when a status is said after a call with "they\'ve" or "they\'re" ("%s"), then it is read', (t) => {
    expect(read(t).entities).toMatchObject({ status: 'LOST' });
  });

  test('when a doubt is said of another part of the story, then the command at the end is no doubt', () => {
    expect(
      read('i guess ravi sharma is serious, he came twice, mark him in progress').entities,
    ).toMatchObject({
      lead: 'ravi sharma',
      status: 'IN_PROGRESS',
    });
  });

  test.each([
    "meena iyer liked it, she'll confirm by monday",
    'ravi is not picking up since morning, will try again tomorrow',
  ])('when a later word from the lead or a later try is said ("%s"), then it is a follow-up', (t) => {
    expect(read(t).entities).toMatchObject({ status: 'FOLLOW_UP' });
  });

  test('when a story about a lead ends with a state said alone ("…, still in discussion"), then it is the update', () => {
    expect(
      read('spoke to ravi sharma for an hour, he is checking other projects, still in talks').entities,
    ).toMatchObject({
      lead: 'ravi sharma',
      status: 'IN_PROGRESS',
    });
  });

  test('when a purchase from a named party is followed by "so we lost him", then it is lost', () => {
    expect(read('ravi sharma signed with lodha yesterday, so we lost him').entities).toMatchObject({
      status: 'LOST',
    });
  });

  test.each([
    'ravi sharma came for the visit yesterday, he wants one more visit on monday at 4',
    'meena iyer wants to reschedule to monday at 4',
  ])('when another visit or a new time is asked for ("%s"), then it is booked', (t) => {
    expect(read(t)).toMatchObject({
      intent: 'VISIT_SCHEDULE',
      entities: { visit_time: '2025-10-06T16:00:00+05:30' },
    });
  });

  test.each([
    'ravi sharma wants to see the villa, he can come any day after 5 pm',
    'book meena whenever she is free after 4',
  ])('when no day is meant ("%s"), then the time is asked', (t) => {
    expect(asksOrNothing(t)).toBe(true);
  });
});

describe('held-out set 50 classes, continued', () => {
  test('when "let\'s" opens the command, then it is no possessive of a lead', () => {
    expect(read("meena iyer came twice, let's mark her as won").entities).toMatchObject({
      lead: 'meena iyer',
      status: 'WON',
    });
  });

  test('when a decision put later follows a state still open, then it is the note', () => {
    expect(read('ravi is still thinking, he will decide after diwali').entities).toMatchObject({
      status: 'IN_PROGRESS',
      notes: 'he will decide after diwali',
    });
  });

  test.each(["dev's wife called, they have dropped the plan", "anil's parents came and they paid the token"])(
    'when "they" follows a spouse or the parents ("%s"), then it is the lead\'s household',
    (t) => {
      expect(read(t).entities.status).toBeDefined();
    },
  );
});

describe('held-out set 51 classes', () => {
  test.each([
    [
      'ravi sharma came by the office, he wants to compare with other projects, follow up on friday',
      'FOLLOW_UP',
    ],
    ['meena iyer saw the show flat today, liked the balcony, negotiating now', 'IN_PROGRESS'],
    ['anil kumar came with his wife, papers signed, deal closed', 'WON'],
    ['ravi sharma saw both towers, liked neither, not interested', 'LOST'],
  ])(
    'when a story about a lead ends with its state or next step as a part of its own ("%s"), then it is that lead\'s update',
    (t, status) => {
      expect(read(t).entities).toMatchObject({ status });
      expect(read(t).entities.lead).toMatch(/^(?:ravi sharma|meena iyer|anil kumar)$/);
    },
  );

  test.each([
    "ravi sharma's son came, he bought a flat elsewhere",
    'met meena iyer at a party, just said hello',
  ])('when the story is about somebody else or asks nothing ("%s"), then nothing is written', (t) => {
    expect(readAll(t).every((action) => action.intent === 'UNKNOWN')).toBe(true);
  });

  test('when "felt" or "works" follow a name, then they are no part of it', () => {
    expect(read('ravi sharma felt the price is high, not interested').entities).toMatchObject({
      lead: 'ravi sharma',
    });
    expect(read('meena iyer called, wants a site visit, monday 4 pm works for her').entities).toMatchObject({
      visit_time: '2025-10-06T16:00:00+05:30',
    });
  });

  test.each(['ravi wants time till diwali to decide', 'meena iyer asked for some more time'])(
    'when the lead asks for time ("%s"), then it is a follow-up',
    (t) => {
      expect(read(t).entities).toMatchObject({ status: 'FOLLOW_UP' });
    },
  );

  test('when a try is put to a part of the day ("try again in the evening"), then it is a follow-up', () => {
    expect(read('ravi is not reachable, try again in the evening').entities).toMatchObject({
      status: 'FOLLOW_UP',
    });
  });

  test('when talks are said in Hinglish ("se baat chal rahi hai"), then the lead is in progress', () => {
    expect(read('meena iyer se baat chal rahi hai').entities).toMatchObject({
      lead: 'meena iyer',
      status: 'IN_PROGRESS',
    });
  });
});

describe('held-out set 52 classes', () => {
  test('when a booking is asked politely ("could you please book …"), then it is booked', () => {
    expect(read('could you please book meena iyer for monday at 4').entities).toMatchObject({
      lead: 'meena iyer',
      visit_time: '2025-10-06T16:00:00+05:30',
    });
  });

  test('when a visit is said in Hinglish with "pe bulao", then the lead is read without the postposition', () => {
    expect(read('anil kumar ko monday 4 baje site visit pe bulao').entities).toMatchObject({
      lead: 'anil kumar',
      visit_time: '2025-10-06T16:00:00+05:30',
    });
  });

  test.each(['send us the list of visits for tomorrow', 'share me the numbers of the pune leads'])(
    'when a list is asked for ("%s"), then nothing is written',
    (t) => {
      expect(readAll(t).every((action) => action.intent === 'UNKNOWN')).toBe(true);
    },
  );
});

describe('held-out set 53 classes', () => {
  test('when a visit is said with "could come", then it is asked; with "can come", it is booked', () => {
    expect(asksOrNothing('meena iyer could come on monday at 4')).toBe(true);
    expect(read('meena iyer can come on monday at 4').entities).toMatchObject({
      visit_time: '2025-10-06T16:00:00+05:30',
    });
  });

  test('when time is asked for beside something else ("asked for the price list and some time"), then it is a follow-up', () => {
    expect(read('ravi sharma asked for the price list and some more time').entities).toMatchObject({
      status: 'FOLLOW_UP',
    });
  });

  test.each([
    'his train tickets were booked for monday',
    'the taxi for meena iyer has been arranged for 10 am',
  ])('when a thing is said to be booked ("%s"), then nothing is written', (t) => {
    expect(readAll(t).every((action) => action.intent === 'UNKNOWN')).toBe(true);
  });

  test("when a purchase elsewhere follows a loss without a subject, then it is the loss's note", () => {
    expect(read('ravi sharma not interested, bought a villa in goa').entities).toMatchObject({
      status: 'LOST',
      notes: 'bought a villa in goa',
    });
  });
});

describe('speech without punctuation (a probe of the fixtures with their stops and commas taken out)', () => {
  test.each([
    ['ravi sharma is happy with the layout mark him in progress', 'ravi sharma'],
    ['meena iyer asked for the brochure please mark her in progress', 'meena iyer'],
  ])('when a noun follows "the" after a cue word ("%s"), then it is no lead', (t, lead) => {
    expect(read(t).entities).toMatchObject({ lead });
  });

  test('when "a few more days" is said, then it names nobody', () => {
    expect(read('meena iyer wants a few more days put her on follow up').entities).toMatchObject({
      lead: 'meena iyer',
      status: 'FOLLOW_UP',
    });
  });

  test.each(['anil kumar lost budget problem', 'ravi sharma lost price too high'])(
    'when a reason follows "lost" without a comma ("%s"), then it is lost, with the reason as its note',
    (t) => {
      expect(read(t).entities).toMatchObject({ status: 'LOST', notes: expect.any(String) });
    },
  );

  test('when a talk is said in Hinglish ("se baat ho gayi"), then the lead keeps its surname', () => {
    expect(read('ravi sharma se baat ho gayi woh won hai').entities).toMatchObject({
      lead: 'ravi sharma',
      status: 'WON',
    });
  });
});

describe('speech without punctuation, continued', () => {
  test('when a name is followed by "calling from", then "calling" is no part of it', () => {
    expect(read('new lead name is meena iyer calling from pune number 98200 11111').entities).toMatchObject({
      name: 'Meena Iyer',
      city: 'Pune',
    });
  });

  test('when "she\'s" follows a report, then it is no possessive that cuts the name', () => {
    expect(read("ravi sharma called she's not able to get the loan mark her as lost").entities).toMatchObject(
      {
        lead: 'ravi sharma',
        status: 'LOST',
      },
    );
  });
});

describe('held-out set 54 classes', () => {
  test('when a story run on without commas says when it happened, then the visit keeps the time asked', () => {
    expect(
      read('met meena iyer today she loved the balcony and she wants to come again on monday at 4').entities,
    ).toMatchObject({
      visit_time: '2025-10-06T16:00:00+05:30',
    });
  });

  test.each([
    'ravi sharma went with prestige so mark him lost',
    'meena iyer booked with lodha so we lost her',
  ])('when the party a lead bought from is named ("%s"), then it is not the lead', (t) => {
    expect(read(t).entities).toMatchObject({ status: 'LOST' });
    expect(read(t).entities.lead).toMatch(/^(?:ravi sharma|meena iyer)$/);
  });

  test('when a Hinglish story says the lead does not want it any more ("ab nahi lena"), then the lead is lost', () => {
    expect(read('anil kumar ne bola ki ab nahi lena usko lost kar do').entities).toMatchObject({
      lead: 'anil kumar',
      status: 'LOST',
    });
  });
});

describe('held-out set 55 classes', () => {
  test('when a lead is for a thing ("new lead for a shop"), then the thing is no name', () => {
    expect(read('new lead for an office in bkc, meena iyer from mumbai, 98200 11111').entities).toMatchObject(
      {
        name: 'Meena Iyer',
      },
    );
  });

  test.each([
    ['ravi sharma signed the rent agreement for the showroom', 'WON'],
    ['meena iyer leased an office somewhere else', 'LOST'],
  ])('when a lease or a rental is said ("%s"), then it is a status like a purchase', (t, status) => {
    expect(read(t).entities).toMatchObject({ status });
    expect(read(t).entities.lead).toMatch(/^(?:ravi sharma|meena iyer)$/);
  });

  test('when a home is shown to a lead at a time ("show the villa to …"), then it is a visit', () => {
    expect(read('show the villa to meena iyer on monday at 4').entities).toMatchObject({
      lead: 'meena iyer',
      visit_time: '2025-10-06T16:00:00+05:30',
    });
  });
});

describe('held-out set 57 classes', () => {
  test.each([
    ['new lead ravi from goa margao 98220 11111', 'Margao'],
    ['new lead meena from kerala kochi 98470 11112', 'Kochi'],
  ])(
    'when a state is said before the city ("%s"), then the city is the city and the state no locality',
    (t, city) => {
      const { entities } = read(t);
      expect(entities).toMatchObject({ city });
      expect(entities.locality).toBeUndefined();
    },
  );

  test('when a landline is said after the name, then "landline" is no part of it', () => {
    expect(read('new lead ravi from mumbai landline 022 2345 6789').entities).toMatchObject({ name: 'Ravi' });
  });
});

describe('held-out set 58 classes', () => {
  test.each([
    ['book ravi sharma tomorrow at twenty to six', '2025-10-05T17:40:00+05:30'],
    ['meena iyer visit on monday at 10 to 4', '2025-10-06T15:50:00+05:30'],
  ])('when minutes to the hour are said ("%s"), then that is the time', (t, at) => {
    expect(read(t).entities).toMatchObject({ visit_time: at });
  });

  test('when "10 to 11" is said, then it stays a span of hours and is asked', () => {
    expect(asksOrNothing('book ravi sharma tomorrow 10 to 11')).toBe(true);
  });

  test('when "agle hafte" is said, then it is next week and no part of the name', () => {
    const { entities } = read('ravi sharma agle hafte aayega site dekhne');
    expect(entities.lead).toBe('ravi sharma');
    expect(asksOrNothing('ravi sharma agle hafte aayega site dekhne')).toBe(true);
  });

  test('when the lead wants to see the home with no hour said, then the hour is asked', () => {
    expect(read('meena iyer wants to see the sample flat next week')).toMatchObject({
      intent: 'VISIT_SCHEDULE',
    });
    expect(asksOrNothing('meena iyer wants to see the sample flat next week')).toBe(true);
  });

  test('when "sharp" follows the hour, then it is no part of the name', () => {
    expect(read('ravi sharma visit friday 4 pm sharp').entities).toMatchObject({ lead: 'ravi sharma' });
  });
});

describe('speech without punctuation, a status then a booking', () => {
  test('when a booking follows a state in one breath ("… is keen book a visit for her …"), then both are read', () => {
    const actions = readAll('meena iyer is keen book a visit for her tomorrow at 3');
    expect(actions.map((action) => action.intent)).toEqual(['LEAD_UPDATE', 'VISIT_SCHEDULE']);
    expect(actions[1]?.entities).toMatchObject({ visit_time: '2025-10-05T15:00:00+05:30' });
  });
});

describe('speech without punctuation, a loss and its reason', () => {
  test.each([
    ['meena iyer not interested bought a flat in another project', 'bought a flat in another project'],
    ['ravi sharma is not interested in this tower he went with a competitor', 'he went with a competitor'],
  ])('when a purchase elsewhere follows a loss without a comma ("%s"), then it is the note', (t, notes) => {
    expect(read(t).entities).toMatchObject({ status: 'LOST', notes });
  });
});

describe('held-out set 59 classes', () => {
  test('when a reason follows the status with "due to", then it is the note, never a second request', () => {
    const actions = readAll('mark ravi sharma as lost due to parking issues');
    expect(actions).toHaveLength(1);
    expect(actions[0]?.entities).toMatchObject({ status: 'LOST', notes: 'parking issues' });
  });

  test('when a reason opens the sentence, then the lead is the name right before the state verb', () => {
    expect(read('because of the exams meena iyer is on follow up').entities).toMatchObject({
      lead: 'meena iyer',
      status: 'FOLLOW_UP',
    });
  });

  test('when the reason is said in Hinglish with "kyunki", then it is the note', () => {
    expect(read('ravi sharma lost kyunki location door hai').entities).toMatchObject({
      status: 'LOST',
      notes: 'location door hai',
    });
  });
});

describe('held-out sets 60 and 61 classes', () => {
  test.each([
    ['at 4 pm tomorrow book ravi sharma', 'ravi sharma', '2025-10-05T16:00:00+05:30'],
    ['on monday at eleven schedule meena iyer', 'meena iyer', '2025-10-06T11:00:00+05:30'],
    ['day after tomorrow at noon please fix anil', 'anil', '2025-10-06T12:00:00+05:30'],
    ['next wednesday 3 pm arrange a visit for kiran', 'kiran', '2025-10-08T15:00:00+05:30'],
  ])('when the time is said before the booking verb ("%s"), then it is a visit', (t, lead, visit_time) => {
    expect(read(t)).toMatchObject({ intent: 'VISIT_SCHEDULE', entities: { lead, visit_time } });
  });

  test.each([
    ['anil will see the flat tomorrow at 5 pm', '2025-10-05T17:00:00+05:30'],
    ['meena iyer is going to check out the sample flat on sunday at 11', '2025-10-05T11:00:00+05:30'],
    ['ravi will come and look at the villa on tuesday at 4', '2025-10-07T16:00:00+05:30'],
  ])('when a lead will see a home at a time ("%s"), then it is a visit', (t, visit_time) => {
    expect(read(t)).toMatchObject({ intent: 'VISIT_SCHEDULE', entities: { visit_time } });
  });

  test('when a lead will see a home with no time, then the visit is asked about', () => {
    expect(read('anil will see the flat').intent).toBe('VISIT_SCHEDULE');
    expect(asksOrNothing('anil will see the flat')).toBe(true);
  });

  test.each([
    'anil will see the flat photos tomorrow at 5 pm',
    'meena will see the brochure on sunday at 11',
  ])('when what will be seen is a picture of the home ("%s"), then it is no visit', (t) => {
    expect(readAll(t).map(({ intent }) => intent)).not.toContain('VISIT_SCHEDULE');
  });

  // Ours or a rival's? The engine does not know whose homes it sells (sets 22 and 30 keep the rule).
  test.each([
    'ravi sharma went with godrej',
    'meena iyer booked a flat with lodha',
    'anil has finalised a dlf apartment',
    'kiran bought from prestige last week',
    'sunil switched to sobha',
  ])('when a lead bought from a named developer ("%s"), then the status is asked, never written', (t) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE' });
    expect(asksOrNothing(t)).toBe(true);
  });

  test.each([
    'ravi sharma bought a godrej fridge',
    'meena iyer works at prestige',
    'anil has a prestige pressure cooker',
  ])('when a developer\'s name is not where a home was bought ("%s"), then it is no loss', (t) => {
    expect(readAll(t).some(({ entities }) => entities.status === 'LOST')).toBe(false);
  });

  test.each([
    ['book ravi on monday not monday tuesday at 11', '2025-10-07T11:00:00+05:30'],
    ['book ravi on monday at three not three four', '2025-10-06T16:00:00+05:30'],
    ['schedule meena for the 12th not the 12th the 14th at 5 pm', '2025-10-14T17:00:00+05:30'],
  ])(
    'when the value denied repeats the one just said ("%s"), then both go and the next stands',
    (t, visit_time) => {
      expect(read(t).entities).toMatchObject({ visit_time });
    },
  );

  test.each([
    ['add lead vivek anand from hyderabad 98490 62012', 'Vivek Anand', 'Hyderabad'],
    ['new lead priya sagar from bhopal 98260 12345', 'Priya Sagar', 'Bhopal'],
    ['new lead arun kota in jaipur 98290 12345', 'Arun Kota', 'Jaipur'],
  ])(
    'when a family name is also a city and the city is said ("%s"), then it stays in the name',
    (t, name, city) => {
      expect(read(t).entities).toMatchObject({ name, city });
    },
  );

  test('when a city follows a first name and no other city is said, then it is the city', () => {
    expect(read('new lead rahul mumbai 98200 12345').entities).toMatchObject({
      name: 'Rahul',
      city: 'Mumbai',
    });
  });

  test.each([
    ['mark lead three f six two as follow up', '3f62'],
    ['book lead six a five zero for monday at four', '6a50'],
    ['lead id b one five eight as won', 'b158'],
  ])('when an id is spelled out a character at a time ("%s"), then it is read whole', (t, lead) => {
    expect(read(t).entities).toMatchObject({ lead });
  });

  test('when "lead" is followed by a number and words, then nothing is joined', () => {
    expect(readAll('mark lead 4 a 5 star lead as won')[0]?.entities.lead).not.toBe('4a5');
  });

  test('when a value is denied with nothing put instead, then nothing is replaced', () => {
    expect(asksOrNothing('book ravi on monday at 4 not monday')).toBe(true);
  });
});

describe('held-out set 63 classes', () => {
  test.each([
    ['ravi sharma came to the site today and paid the booking amount', 'WON'],
    ['meena iyer called yesterday and said she is not interested', 'LOST'],
    ['anil met me at the office this morning and gave the token cheque', 'WON'],
  ])(
    'when the lead does one thing and then a fact of a status ("%s"), then the lead is updated',
    (t, status) => {
      expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { status } });
    },
  );

  test("when a fact follows a relation's deed, then nothing is written", () => {
    expect(asksOrNothing("ravi sharma's brother came to the site today and paid the booking amount")).toBe(
      true,
    );
  });

  test.each([
    ['ravi came back with a counter offer we are still negotiating', 'ravi'],
    ['meena iyer came with an offer of 80 lakhs talks are going on', 'meena iyer'],
  ])('when "with a …" names a thing ("%s"), then the lead is the story\'s subject', (t, lead) => {
    expect(read(t).entities).toMatchObject({ lead, status: 'IN_PROGRESS' });
  });

  test.each([
    'met one mr ganesh iyer at the expo he is from chennai his number is 98400 12345',
    'spoke to one mrs lata shah from surat her number is 98250 12345',
  ])('when "one" stands before a title ("%s"), then it is no number and the person is a new lead', (t) => {
    expect(read(t).intent).toBe('LEAD_CREATE');
    expect(read(t).entities.name).toMatch(/^(?:Ganesh Iyer|Lata Shah)$/);
  });

  test('when a person met is told with name and city and no number, then the number is asked for', () => {
    const reading = read('met mr ganesh iyer at the expo he is from chennai and wants a villa');
    expect(reading).toMatchObject({
      intent: 'LEAD_CREATE',
      entities: { name: 'Ganesh Iyer', city: 'Chennai' },
    });
  });

  test.each([
    'a family walked into the office today new lead ajay from pune 98220 12345',
    'new lead ajay from pune 98220 12345 he walked into our site office',
  ])('when the person walked into the office ("%s"), then the source is a walk-in', (t) => {
    expect(read(t).entities).toMatchObject({ source: 'Walk-in' });
  });
});

describe('a reason said without punctuation', () => {
  test.each([
    ['bharat solanki lost reason budget', 'budget'],
    ['mark ravi sharma lost reason is the location', 'the location'],
    ['meena iyer lost reason: too far from her office', 'too far from her office'],
    ['ravi sharma lost budget', 'budget'],
    ['anil not interested price', 'price'],
    ['meena lost location', 'location'],
  ])('when a reason follows the status ("%s"), then it is the note', (t, notes) => {
    expect(read(t).entities).toMatchObject({ status: 'LOST', notes });
  });

  test.each(['ravi sharma lost today', 'meena lost thanks', 'anil is lost sir'])(
    'when a courtesy or a day follows the status ("%s"), then there is no note',
    (t) => {
      expect(read(t).entities.notes).toBeUndefined();
    },
  );
});

describe('held-out set 64 classes', () => {
  test.each([
    ['ravi ka visit somvar ko 11 baje', '2025-10-06T11:00:00+05:30'],
    ['meena ko mangalwar shaam 5 baje bulao visit ke liye', '2025-10-07T17:00:00+05:30'],
    ['anil ka site visit budhvar ko 4 baje', '2025-10-08T16:00:00+05:30'],
    ['book ravi guruvar ko 12 baje', '2025-10-09T12:00:00+05:30'],
    ['sunil ka visit shukravar subah 10 baje', '2025-10-10T10:00:00+05:30'],
    ['kiran ka visit ravivar ko 3 baje', '2025-10-05T15:00:00+05:30'],
  ])('when the day is said by its Hindi name ("%s"), then it is that day', (t, visit_time) => {
    expect(read(t).entities).toMatchObject({ visit_time });
  });

  test('when a condition names the lead and the command says "him", then the ask keeps the lead', () => {
    expect(read('if ravi sharma pays tomorrow mark him won').entities).toMatchObject({ lead: 'ravi sharma' });
    expect(asksOrNothing('if ravi sharma pays tomorrow mark him won')).toBe(true);
  });
});

describe('held-out set 65 classes', () => {
  test.each([
    ['book kiran for friday at 11 sorry friday at 1', '2025-10-10T13:00:00+05:30'],
    ['schedule ravi on monday at 3 no sorry monday at 5', '2025-10-06T17:00:00+05:30'],
    ['book meena at 11 on friday sorry at 1 on thursday', '2025-10-09T13:00:00+05:30'],
    ['book anil tomorrow at 10 wait tomorrow at 12', '2025-10-05T12:00:00+05:30'],
  ])(
    'when a repair says the day and the hour again ("%s"), then both replace the old ones',
    (t, visit_time) => {
      expect(read(t).entities).toMatchObject({ visit_time });
    },
  );
});

describe('a fact of a status whose subject is somebody else', () => {
  test.each([
    'ravi sharma came with his cousin and the cousin paid the token',
    'meena iyer introduced me to a buyer who paid the booking amount',
    'anil kumar came with a friend and his friend paid the token amount',
  ])('when another person is the subject of the fact ("%s"), then nothing is written', (t) => {
    expect(asksOrNothing(t)).toBe(true);
  });

  test('when the sentence opens with the family as subject, then the fact is theirs', () => {
    expect(read('the joshis chose a resale flat elsewhere').entities).toMatchObject({ status: 'LOST' });
  });
});

describe('held-out set 66 classes', () => {
  test.each(['arjun mehra is still comparing prices', 'meena iyer is comparing us with two other projects'])(
    'when the lead is comparing ("%s"), then the lead is in progress',
    (t) => {
      expect(read(t).entities).toMatchObject({ status: 'IN_PROGRESS' });
    },
  );

  test('when "for work" is said in a story, then work is no lead', () => {
    expect(
      read('ehsan ali is coming to pune for work on monday so fix his site visit').entities,
    ).toMatchObject({
      lead: 'ehsan ali',
    });
  });
});

describe('a story day before the visit asked with its own day and hour', () => {
  test.each([
    [
      'ehsan ali is coming to pune for work next week so fix his site visit on wednesday at 11 am',
      '2025-10-08T11:00:00+05:30',
    ],
    ['ravi is travelling tomorrow but book his visit for tuesday at 4 pm', '2025-10-07T16:00:00+05:30'],
  ])('when an earlier part of the story says a day ("%s"), then the visit keeps its own', (t, visit_time) => {
    expect(read(t).entities).toMatchObject({ visit_time });
  });

  test('when the hour is said after a comma, then the day before it stays', () => {
    expect(read('book ravi for monday, at 5 pm').entities).toMatchObject({
      visit_time: '2025-10-06T17:00:00+05:30',
    });
  });
});

describe('held-out set 67 classes', () => {
  test.each([
    ["can we do neelam kothari's visit tomorrow at 4 pm", 'neelam kothari'],
    ["let us fix ravi sharma's site visit on monday at 11", 'ravi sharma'],
  ])(
    'when words before a possessive are no name ("%s"), then the name is the words just before it',
    (t, lead) => {
      expect(read(t).entities).toMatchObject({ lead });
    },
  );

  test.each([
    ['please note rekha bhardwaj is not interested', 'LOST'],
    ['kindly note that ravi sharma has paid the token amount', 'WON'],
    ['just to inform you meena iyer is on follow up', 'FOLLOW_UP'],
  ])('when the request opens with "please note" ("%s"), then the opener is no note', (t, status) => {
    expect(read(t).entities).toMatchObject({ status });
  });

  test('when "note" labels a note after the request, then it is still the note', () => {
    expect(read('mark ravi sharma as lost note he bought elsewhere').entities).toMatchObject({
      notes: 'he bought elsewhere',
    });
  });

  test.each([
    ['one more rohini iyer chennai 98400 67012', 'Rohini Iyer', 'Chennai'],
    ['got one more for you anil kapoor from delhi 98110 67015', 'Anil Kapoor', 'Delhi'],
    ['next kavita rao pune 98220 67016', 'Kavita Rao', 'Pune'],
  ])(
    'when a name, a city and a mobile number are all that is said ("%s"), then it is a new lead',
    (t, name, city) => {
      expect(read(t)).toMatchObject({ intent: 'LEAD_CREATE', entities: { name, city } });
    },
  );

  test.each([
    'ravi sharma pune 98220 67017 is not picking up',
    'what is the number of anil kapoor delhi 98110 67018',
  ])('when a name, city and number come with something else ("%s"), then it is no new lead', (t) => {
    expect(readAll(t).map(({ intent }) => intent)).not.toContain('LEAD_CREATE');
  });
});

describe('held-out set 68 classes', () => {
  test.each([
    [
      'add tanvi shah ahmedabad phone 9825068012 she came through a referral from arjun rampal',
      { name: 'Tanvi Shah', city: 'Ahmedabad', source: 'Referral' },
    ],
    [
      'new lead mohan das kolkata 9830012345 reference from sunil mehra',
      { name: 'Mohan Das', city: 'Kolkata', source: 'Referral' },
    ],
    [
      'add kavya nair from kochi 9447012345 it is a referral by her cousin rahul',
      { name: 'Kavya Nair', city: 'Kochi', source: 'Referral' },
    ],
  ])(
    'when the referrer is named after "referral from" ("%s"), then the referrer is neither place nor lead',
    (t, entities) => {
      const { intent, entities: got } = read(t);
      expect(intent).toBe('LEAD_CREATE');
      expect(got).toMatchObject(entities);
      expect(got.locality).toBeUndefined();
    },
  );

  test.each([
    ['kunal khemu came with the cheque for the booking amount today', 'kunal khemu'],
    ['anil brought the token money this morning', 'anil'],
    ['meena iyer handed me the booking cheque at the site', 'meena iyer'],
    ['ravi submitted the demand draft for the booking amount', 'ravi'],
  ])('when the lead brings the money to book ("%s"), then the lead is won', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'WON' } });
  });

  test.each([
    'anil brought his wife to the site today',
    'kunal came with his booking form questions',
    'meena handed me the brochure',
  ])('when what the lead brings is no payment ("%s"), then no status is written', (t) => {
    expect(asksOrNothing(t)).toBe(true);
  });

  test.each([
    ['lakshmi menon is travelling to dubai she asked me to call her after two weeks', 'lakshmi menon'],
    ['spoke to ravi sharma today he is busy with a wedding he told me to call him next month', 'ravi sharma'],
    ['meena iyer is unwell they asked us to call back after diwali', 'meena iyer'],
  ])('when a story ends with the lead asking for a later call ("%s"), then it is a follow up', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'FOLLOW_UP' } });
  });

  test.each([
    [
      'manoj bajpayee and his brother are still discussing among themselves which tower to take',
      'manoj bajpayee',
    ],
    ['anil is still negotiating with us', 'anil'],
    ['meena iyer is deciding between the two bhk and the three bhk', 'meena iyer'],
    ['ravi and his wife are choosing which floor they want', 'ravi'],
  ])('when the lead is still choosing among our homes ("%s"), then the lead is in progress', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'IN_PROGRESS' } });
  });

  test.each([
    [
      "my cousin's colleague priya nambiar from trivandrum wants a two bhk her number is 9446069012",
      { name: 'Priya Nambiar', city: 'Trivandrum', phone: '+919446069012' },
    ],
    [
      'rakesh gupta from kanpur is looking for a three bhk flat his mobile is 9839069020',
      { name: 'Rakesh Gupta', city: 'Kanpur', phone: '+919839069020' },
    ],
    [
      'one of my neighbours sunita rao from mangalore needs a villa her number is 9448069021',
      { name: 'Sunita Rao', city: 'Mangalore', phone: '+919448069021' },
    ],
  ])(
    'when a person, a place, what they want to buy and a number are told ("%s"), then it is a new lead',
    (t, entities) => {
      expect(read(t)).toMatchObject({ intent: 'LEAD_CREATE', entities });
    },
  );

  test.each(['ravi sharma wants a three bhk now', 'anil kapoor from delhi wants a bigger flat'])(
    'when a lead\'s wish is told with no number ("%s"), then no lead is added',
    (t) => {
      expect(readAll(t).map(({ intent }) => intent)).not.toContain('LEAD_CREATE');
    },
  );

  test.each([
    [
      'so i met irfan pathan at the site today he really liked the corner flat and wants to bring his wife on sunday at eleven',
      'irfan pathan',
      '2025-10-05T11:00:00+05:30',
    ],
    ['anil will bring his parents along on monday at 4 pm', 'anil', '2025-10-06T16:00:00+05:30'],
    ['meena iyer wants to bring her husband tomorrow at 11', 'meena iyer', '2025-10-05T11:00:00+05:30'],
  ])('when the lead will bring the family at a time ("%s"), then it is a visit', (t, lead, visit_time) => {
    expect(read(t)).toMatchObject({ intent: 'VISIT_SCHEDULE', entities: { lead, visit_time } });
  });

  test('when the lead brought the family before, with no time to come, then it is no visit', () => {
    expect(readAll('anil brought his wife last week').map(({ intent }) => intent)).not.toContain(
      'VISIT_SCHEDULE',
    );
  });
});

describe('held-out set 70 classes', () => {
  test.each([
    ['dev anand backed out of the deal', 'dev anand'],
    ['book vidya sagar for monday at 11', 'vidya sagar'],
    ["mark vivek anand's status as won", 'vivek anand'],
  ])('when a family name is also a city\'s ("%s"), then the lead keeps it', (t, lead) => {
    expect(read(t).entities.lead).toBe(lead);
  });

  test.each([
    'dev anand pulled out of the deal',
    'meena iyer has pulled out',
    'ravi sharma withdrew from the deal',
    'kiran walked away from the deal',
    'the sharmas dropped out',
  ])('when the lead pulls out ("%s"), then the lead is lost', (t) => {
    expect(read(t).entities.status).toBe('LOST');
  });

  test.each([
    ['the deal with esha deol is done', 'esha deol'],
    ['deal with ravi sharma is closed', 'ravi sharma'],
    ['the booking for meena iyer is confirmed', 'meena iyer'],
  ])('when the deal with the lead is said done ("%s"), then the lead is won', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'WON' } });
  });

  test.each([
    "the booking for ravi's visit is confirmed",
    'the booking for the site visit is confirmed',
    'the deal with esha deol is not done yet',
    'ravi pulled out his cheque book',
  ])('when what is done is a visit\'s booking, or nothing is done ("%s"), then no status is written', (t) => {
    expect(asksOrNothing(t)).toBe(true);
  });

  test.each([
    ["add mohammed rafi from bhopal phone 9826070013 and his wife's name is bilquis", 'Mohammed Rafi'],
    ["new lead ravi kumar pune 9822070020 his father's name is mohan", 'Ravi Kumar'],
    [
      "add a lead from nagpur 9823070021 his name is anil joshi and his brother's name is sunil",
      'Anil Joshi',
    ],
  ])(
    'when a relation\'s name is told with a new lead ("%s"), then the lead keeps its own name',
    (t, name) => {
      expect(read(t)).toMatchObject({ intent: 'LEAD_CREATE', entities: { name } });
    },
  );
});

describe('held-out set 71 classes', () => {
  test.each([
    ['mithun chakraborty ka booking ho gaya', 'mithun chakraborty'],
    ['ravi sharma ki deal pakki ho gayi', 'ravi sharma'],
    ['meena iyer ka registration ho gaya', 'meena iyer'],
  ])('when a sale is said done in Hinglish ("%s"), then the lead is won', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'WON' } });
  });

  test.each(['ravi ka visit ho gaya', 'meena ki meeting ho gayi'])(
    'when a visit is said done in Hinglish ("%s"), then no status is written',
    (t) => {
      expect(asksOrNothing(t)).toBe(true);
    },
  );

  test.each([
    ['om puri ko next week call karna hai', 'om puri'],
    ['call om puri next week', 'om puri'],
    ['ring meena iyer after diwali', 'meena iyer'],
  ])('when a later call is asked for a lead of two names ("%s"), then it is a follow up', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'FOLLOW_UP' } });
  });

  test.each([
    ['add ravi kumar from koramangla 9845012345', 'Bangalore', 'Koramangla'],
    ['new lead anil rao from whitefeild 9845012346', 'Bangalore', 'Whitefeild'],
  ])('when a locality is spelled as it sounds ("%s"), then its city is read', (t, city, locality) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_CREATE', entities: { city, locality } });
  });

  test('when a place after "from" sounds like localities of several cities, then the city is asked', () => {
    expect(asksOrNothing('add ravi kumar from indiranagr 9845012347')).toBe(true);
  });
});

describe('held-out set 72 classes', () => {
  test.each([
    ['rani mukerji said no to the final offer mark her lost reason price', 'LOST', 'price'],
    ['he liked it but his wife did not so mark him lost because of the location', 'LOST', 'the location'],
    ['she paid the token mark her won', 'WON', undefined],
  ])(
    'when a story ends with "mark her <status>" ("%s"), then the command\'s status and its reason are written',
    (t, status, notes) => {
      const { entities } = read(t);
      expect(entities.status).toBe(status);
      expect(entities.notes).toBe(notes);
    },
  );

  test.each([
    ['for rani mukerji on thursday at eleven', 'rani mukerji', 'thursday at 11'],
    ['meena iyer tomorrow at 4 pm', 'meena iyer', 'tomorrow at 4 pm'],
    ['with ravi sharma on monday at 11', 'ravi sharma', 'monday at 11'],
    ['ravi sharma', 'ravi sharma', 'ravi sharma'],
  ])(
    'when the answer to "which lead and when?" gives both ("%s"), then the lead is the words left',
    (answer, lead, time) => {
      const said = readAnswer(answer, ['lead_id', 'visit_time'], 'VISIT_SCHEDULE', 'IN');
      expect(said.lead_reference).toBe(lead);
      expect(said.time).toContain(time);
    },
  );

  test.each([
    ['ajay devgn visited last sunday and today he called to say he is going ahead with the booking', 'WON'],
    ['meena iyer has decided to go ahead with the purchase', 'WON'],
    ['ravi is going ahead with another project', 'LOST'],
  ])(
    'when the lead goes ahead with a purchase ("%s"), then whose purchase decides the status',
    (t, status) => {
      expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { status } });
    },
  );

  test.each([
    'vicky kaushal messaged saying he has found a flat closer to his office',
    'meena iyer found a cheaper house in another area',
    'ravi sharma has found a bigger apartment',
  ])('when the lead has found another home ("%s"), then the lead is lost', (t) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { status: 'LOST' } });
  });

  test.each(['ravi sharma found the flat too small', 'meena found our flat very nice'])(
    'when what the lead found is our home ("%s"), then the lead is not lost',
    (t) => {
      expect(readAll(t).map(({ entities }) => entities.status)).not.toContain('LOST');
    },
  );

  test.each([
    [
      'an enquiry came via our 99acres listing from dilip kumar nashik 9822072014',
      { name: 'Dilip Kumar', city: 'Nashik', source: '99acres' },
    ],
    ['new lead from our facebook ad from sunita rao pune 9822072015', { name: 'Sunita Rao', city: 'Pune' }],
  ])(
    'when "from" brings a person before the city ("%s"), then the person is the name, not a locality',
    (t, entities) => {
      const { entities: got } = read(t);
      expect(got).toMatchObject(entities);
      expect(got.locality).toBeUndefined();
    },
  );

  test.each([
    ['add ravi from baner pune 9822072016', 'Baner'],
    ['add meena from salt lake kolkata 9830072017', 'Salt Lake'],
    ['add kiran from andheri east mumbai 9820072018', 'Andheri East'],
  ])(
    'when "from" brings a known locality before its city ("%s"), then the locality is kept',
    (t, locality) => {
      expect(read(t).entities.locality).toBe(locality);
    },
  );
});

describe('held-out set 73 classes', () => {
  test.each([
    ['pencil in aamir khan for monday at eleven', 'aamir khan', '2025-10-06T11:00:00+05:30'],
    ['slot dimple kapadia for the show flat tomorrow at noon', 'dimple kapadia', '2025-10-05T12:00:00+05:30'],
    ['line up ravi sharma for sunday at 4 pm', 'ravi sharma', '2025-10-05T16:00:00+05:30'],
  ])(
    'when a booking is said with another verb ("%s"), then the lead is the one after it',
    (t, lead, visit_time) => {
      expect(read(t)).toMatchObject({ intent: 'VISIT_SCHEDULE', entities: { lead, visit_time } });
    },
  );
});

describe('held-out set 74 classes', () => {
  test.each([
    'naseeruddin shah finally booked with the builder across the road because they gave him a bigger discount',
    'ravi sharma bought from a developer in kharadi',
    'meena iyer booked with some other builder',
  ])('when the lead bought from a builder that is not us ("%s"), then the lead is lost, never won', (t) => {
    expect(read(t).entities.status).toBe('LOST');
  });

  test('when the lead bought with us, then the lead is won', () => {
    expect(read('ravi sharma booked with us today').entities.status).toBe('WON');
  });

  test.each([
    ['anupam kher signed the papers today so he is won', 'WON'],
    ['meena iyer did not like the price so she is lost', 'LOST'],
  ])('when a story ends with "so he is <status>" ("%s"), then the story is no note', (t, status) => {
    const { entities } = read(t);
    expect(entities.status).toBe(status);
    expect(entities.notes).toBeUndefined();
  });

  test.each([
    ['at the temple i met a retired colonel vikram batra from dehradun 9837074011', 'Vikram Batra'],
    ['add lead major dhyan chand from jhansi 9839074012', 'Dhyan Chand'],
    ['new lead advocate ram jethmalani mumbai 9820074013', 'Ram Jethmalani'],
  ])(
    'when a rank or a profession is said before the name ("%s"), then it is no part of the name',
    (t, name) => {
      expect(read(t)).toMatchObject({ intent: 'LEAD_CREATE', entities: { name } });
    },
  );

  test.each([
    "boman irani's wife was not sure earlier but now she is convinced and they have paid the token today",
    'ravi sharma was not sure at first but now he has paid the token',
  ])('when a doubt is said of the past and resolved ("%s"), then the status is written', (t) => {
    expect(read(t).entities.status).toBe('WON');
  });

  test('when a doubt is of now, then the status is still asked about', () => {
    expect(asksOrNothing('ravi sharma paid the token but i am not sure')).toBe(true);
  });

  test.each([
    [
      'ratna pathak was at the sales office today please book her site visit for thursday at eleven she wants to bring her daughter',
      '2025-10-09T11:00:00+05:30',
    ],
    ['deepti naval is back in town book her for sunday at eleven', '2025-10-05T11:00:00+05:30'],
    ['ravi sharma came to the office today book him for monday at 4 pm', '2025-10-06T16:00:00+05:30'],
  ])(
    'when a report is followed by a booking ("%s"), then the booking\'s own time is the visit\'s',
    (t, visit_time) => {
      expect(read(t)).toMatchObject({ intent: 'VISIT_SCHEDULE', entities: { visit_time } });
    },
  );

  test.each([
    "shabana azmi is busy with her daughter's wedding this month she said call after the twentieth",
    'ravi sharma is travelling he says call him next week',
  ])('when the lead says to call later ("%s"), then it is a follow up', (t) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { status: 'FOLLOW_UP' } });
  });
});

describe('held-out set 75 classes', () => {
  test.each([
    "amrish puri's daughter called she said they have decided to go with the prestige project so it is over for us",
    'ravi sharma went with godrej so it is over',
  ])('when a story about a rival ends "it is over for us" ("%s"), then the lead is lost', (t) => {
    expect(read(t).entities.status).toBe('LOST');
  });

  test.each([
    'spoke to helen richardson for a long time she likes everything but her husband wants to wait till after diwali so lets follow up then',
    'ravi sharma is busy this month so we will follow up next month',
  ])('when a story ends "so let\'s follow up" ("%s"), then it is a follow up', (t) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { status: 'FOLLOW_UP' } });
  });

  test('when we are negotiating and the lead will meet our manager, then the lead is in progress', () => {
    expect(
      read(
        'jaya bhaduri came back with a counter offer of 85 lakhs we are negotiating and she will meet our manager next week',
      ),
    ).toMatchObject({ intent: 'LEAD_UPDATE', entities: { status: 'IN_PROGRESS' } });
  });

  test.each([
    [
      'fix her visit for wednesday at 6 pm she will come straight from the station',
      'she will come straight from the station',
    ],
    ['book ravi for monday at 11 he will bring his documents', 'he will bring his documents'],
  ])('when what the lead will do is said after the visit\'s time ("%s"), then it is the note', (t, notes) => {
    expect(read(t).entities.notes).toBe(notes);
  });

  test.each([
    [
      "amrish puri gave me the number of his colleague om shivpuri who wants a flat in andheri om's number is 9820075011",
      { city: 'Mumbai', locality: 'Andheri' },
    ],
    ['add lead kiran from kothrud she works in it 9822075013', { city: 'Pune', locality: 'Kothrud' }],
  ])(
    'when the place\'s words run into the next ("%s"), then the place is the longest part that is one',
    (t, entities) => {
      expect(read(t).entities).toMatchObject(entities);
    },
  );

  test.each([
    "mala sinha's loan application was rejected by one bank she is trying another",
    'ravi sharma got his cheque declined',
    'the payment of meena iyer was cancelled by the bank',
  ])('when what was rejected is a thing of the lead\'s ("%s"), then no status is written', (t) => {
    expect(readAll(t).map(({ entities }) => entities.status)).not.toContain('LOST');
  });

  test.each(['ravi sharma rejected our offer', 'meena iyer has declined'])(
    'when the lead rejects ("%s"), then the lead is lost',
    (t) => {
      expect(read(t).entities.status).toBe('LOST');
    },
  );
});

describe('held-out set 76 classes', () => {
  test.each([
    'bina rai really wanted the flat but her mother in law said no to the location so they are dropping it',
    'ravi sharma and his wife have dropped it',
  ])('when the lead\'s household is dropping it ("%s"), then the lead is lost', (t) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { status: 'LOST' } });
  });

  test('when something is dropped off, then it is no status', () => {
    expect(
      readAll('ravi sharma dropped it off at the office').map(({ entities }) => entities.status),
    ).not.toContain('LOST');
  });

  test.each([
    [
      'iqbal khan is deciding between our tower and the sobha one he will tell us by friday',
      'he will tell us by friday',
    ],
    [
      'meena is choosing between the 2 bhk and the 3 bhk she will confirm tomorrow',
      'she will confirm tomorrow',
    ],
  ])(
    'when both choices are said ("%s"), then both stay with the status and the rest is the note',
    (t, notes) => {
      expect(read(t).entities).toMatchObject({ status: 'IN_PROGRESS', notes });
    },
  );

  test.each([
    [
      'tried lalita pawar three times today her phone was switched off will try again next week',
      'lalita pawar',
    ],
    ['rang meena iyer twice no answer call her after diwali', 'meena iyer'],
  ])(
    'when the lead is named after a verb of calling ("%s"), then the verb is no part of the name',
    (t, lead) => {
      expect(read(t)).toMatchObject({ entities: { lead, status: 'FOLLOW_UP' } });
    },
  );

  test.each([
    'meena kumari picked up a resale flat in the same society for much less so we have lost her',
    'ravi sharma bought a second hand flat near his office so we lost him',
  ])('when a story ends "so we have lost her" ("%s"), then the story is no note', (t) => {
    const { entities } = read(t);
    expect(entities.status).toBe('LOST');
    expect(entities.notes).toBeUndefined();
  });
});

describe('unpunctuated fixtures classes (session 14)', () => {
  test('when a place shaped like a locality stands between commas before its city, then it is the locality', () => {
    expect(read('lead name shweta agarwal, salt lake, kolkata, phone 98310 44556').entities).toMatchObject({
      city: 'Kolkata',
      locality: 'Salt Lake',
      name: 'Shweta Agarwal',
    });
  });

  test('when a status is followed by a new clause with no stop ("deal is closed he signed …"), then the clause is the note', () => {
    expect(read("cyrus irani's deal is closed he signed the agreement yesterday").entities).toMatchObject({
      status: 'WON',
      notes: 'he signed the agreement yesterday',
    });
  });

  test('when a Hinglish clause follows the status with no stop ("… abhi decide nahi kiya"), then it is the note', () => {
    expect(read('hrithik sen se baat chal rahi hai abhi decide nahi kiya').entities).toMatchObject({
      status: 'IN_PROGRESS',
      notes: 'abhi decide nahi kiya',
    });
  });
});

describe('held-out set 77 classes', () => {
  test.each(['jyoti reddy wants a site visit', 'ravi sharma asked for a visit', 'meena needs a site tour'])(
    'when a visit is asked for with no time ("%s"), then the time is asked',
    (t) => {
      expect(read(t).intent).toBe('VISIT_SCHEDULE');
      expect(asksOrNothing(t)).toBe(true);
    },
  );

  test.each(['ravi sharma had a site visit last week', 'meena did not want a site visit'])(
    'when a visit is told of, not asked for ("%s"), then no visit is booked',
    (t) => {
      expect(asksOrNothing(t)).toBe(true);
    },
  );
});

describe('held-out set 78 classes', () => {
  test.each([
    ['girish karnad stopped responding after the second visit it has been a month so mark him lost', 'LOST'],
    ['ravi paid the 2nd installment today so he is won', 'WON'],
  ])('when an ordinal counts visits or payments ("%s"), then it is no day', (t, status) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { status } });
  });

  test('when "we showed" a lead homes and a visit is asked, then the lead is the one shown', () => {
    expect(
      read(
        'we showed bindu desai three flats today none of them worked she wants to see the corner one on thursday at five',
      ),
    ).toMatchObject({
      intent: 'VISIT_SCHEDULE',
      entities: { lead: 'bindu desai', visit_time: '2025-10-09T17:00:00+05:30' },
    });
  });

  test('when a home\'s size is said after a name ("… wants a 3 bhk in whitefield"), then the size is no name', () => {
    const { entities } = read(
      'a guy at my gym prakash raj wants a 3 bhk in whitefield bangalore his number is 9845078011',
    );
    expect(entities.name).toBe('Prakash Raj');
  });

  test('when a relation of a lead is told with a number and "is also looking", then the relation is a new lead', () => {
    expect(
      read(
        'alok nath wants us to call his sister sunita nath in delhi she is also looking her number is 9811078012',
      ),
    ).toMatchObject({
      intent: 'LEAD_CREATE',
      entities: { name: 'Sunita Nath', city: 'Delhi', phone: '+919811078012' },
    });
  });
});

describe('held-out set 79 classes', () => {
  test.each([
    'chandni chopra felt the price was too much and bought a cheaper flat in noida',
    'ravi sharma booked a cheaper apartment near his office',
    'meena found a better deal and took it',
  ])(
    'when the lead bought a cheaper home, or found a better deal ("%s"), then it was elsewhere: lost, never won',
    (t) => {
      expect(read(t).entities.status).toBe('LOST');
    },
  );

  test.each([
    ['aaj anil ambani office aaye the aur unhone token ka paisa de diya', 'anil ambani', 'WON'],
    ['chandni chopra ko lost mark karo usne kahin aur le liya', 'chandni chopra', 'LOST'],
  ])('when "unhone"/"usne" says who did it ("%s"), then it is the lead', (t, lead, status) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status } });
  });

  test.each([
    'bharti singh offered sixty lakhs against our sixty five we are still talking',
    'ravi sharma and we are in talks',
    'meena iyer still in talks with us',
  ])('when we are still talking with the lead ("%s"), then the lead is in progress', (t) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { status: 'IN_PROGRESS' } });
  });

  test('when a new person is told in Hinglish ("ek naya banda aaya tha naam …"), then it is a new lead', () => {
    expect(
      read(
        'ek naya banda aaya tha naam rohit bal hai gurgaon se number nine eight one one zero seven nine zero one one',
      ),
    ).toMatchObject({
      intent: 'LEAD_CREATE',
      entities: { name: 'Rohit Bal', city: 'Gurgaon', phone: '+919811079011' },
    });
  });

  test.each([
    [
      'met esha gupta and feroze gandhi at the expo esha paid the token and feroze wants a visit on monday at eleven',
      'feroze gandhi',
    ],
    ['spoke to ravi and his colleague anil joshi, anil wants to come on sunday at 4 pm', 'anil joshi'],
  ])(
    'when a story names two people and one wants the visit ("%s"), then the visit is that one\'s, by the name said in full',
    (t, lead) => {
      const visit = readAll(t).find(({ intent }) => intent === 'VISIT_SCHEDULE');
      expect(visit?.entities.lead).toBe(lead);
    },
  );
});

describe('held-out set 80 classes', () => {
  test.each([
    [
      'mohan agashe wants to come again with his architect on saturday the eleventh at four',
      '2025-10-11T16:00:00+05:30',
    ],
    ['book ravi on saturday the 11th at 4 pm', '2025-10-11T16:00:00+05:30'],
    ['book ravi on saturday the 1st at 4 pm', '2025-11-01T16:00:00+05:30'],
  ])('when a weekday is said with its date ("%s"), then the date is the day, not today', (t, visit_time) => {
    expect(read(t).entities.visit_time).toBe(visit_time);
  });

  test('when a weekday is said with a date that falls on another day, then the day is asked', () => {
    expect(asksOrNothing('book ravi on friday the 11th at 4 pm')).toBe(true);
  });

  test('when the home found elsewhere is said with where it is, then where is no note', () => {
    const { entities } = read(
      'lalit modi told me he found a cheaper flat in the next building so he is not coming back',
    );
    expect(entities.status).toBe('LOST');
    expect(entities.notes).toBeUndefined();
  });
});

describe('held-out set 81 classes', () => {
  test('when a note opens with "just now", then the name after it is the lead', () => {
    expect(read('just now parag tyagi handed me a cheque of 2 lakhs as booking amount')).toMatchObject({
      entities: { lead: 'parag tyagi', status: 'WON' },
    });
  });

  test('when "put him down for" a time follows a report, then it is a visit', () => {
    expect(read('rajat kapoor can only come on weekends so put him down for sunday at eleven')).toMatchObject(
      {
        intent: 'VISIT_SCHEDULE',
        entities: { lead: 'rajat kapoor', visit_time: '2025-10-05T11:00:00+05:30' },
      },
    );
  });

  test('when the speaker says "i think we should close her as lost", then it is a decision, not a doubt', () => {
    expect(
      read('shefali shah has not answered for three weeks i think we should close her as lost').entities
        .status,
    ).toBe('LOST');
  });

  test('when the lead rejected homes, not the deal, then the status said after is the status, with no note', () => {
    const { entities } = read(
      'tanvi azmi saw all three towers and rejected every layout she is not interested anymore',
    );
    expect(entities.status).toBe('LOST');
    expect(entities.notes).toBeUndefined();
  });

  test('when a keen lead wants a visit at a time, then it is the visit', () => {
    expect(
      read('uday chopra is very keen he wants a second visit with his parents on wednesday at five'),
    ).toMatchObject({
      intent: 'VISIT_SCHEDULE',
      entities: { visit_time: '2025-10-08T17:00:00+05:30' },
    });
  });

  test.each([
    ['shefali shah bol rahi thi kal shaam paanch baje aayegi site pe', 'shefali shah', 'VISIT_SCHEDULE'],
    ['tanvi azmi keh rahi hai diwali ke baad sochenge', 'tanvi azmi', 'LEAD_UPDATE'],
  ])(
    'when "bol rahi thi" / "keh rahi hai" tells what the lead said ("%s"), then the lead is read',
    (t, lead, intent) => {
      expect(read(t)).toMatchObject({ intent, entities: { lead } });
    },
  );
});

describe('held-out set 82 classes', () => {
  test('when the household pays "on her behalf", then the lead is won', () => {
    expect(
      read("vidya balan's husband came to the office today and paid the booking amount on her behalf"),
    ).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead: 'vidya balan', status: 'WON' } });
  });

  test('when one lead drops out "but" another still wants a visit, then both are requests', () => {
    const actions = readAll(
      'waheeda rehman dropped out but yash johar still wants to see the flat on friday at four',
    );
    expect(actions.map(({ intent, entities }) => [intent, entities.lead])).toEqual([
      ['LEAD_UPDATE', 'waheeda rehman'],
      ['VISIT_SCHEDULE', 'yash johar'],
    ]);
  });

  test('when the lead "booked there" after a rival is named, then the lead is lost', () => {
    expect(read('kunal roy liked the sobha project better and booked there last week').entities.status).toBe(
      'LOST',
    );
  });

  test('when "showing the flat" is what the speaker was doing, then it names no visit', () => {
    expect(
      read(
        'while showing the flat to yash johar his neighbour ramesh sippy also asked for details ramesh is from delhi number 9811082011',
      ),
    ).toMatchObject({ intent: 'LEAD_CREATE', entities: { name: 'Ramesh Sippy', city: 'Delhi' } });
  });

  test('when a showing is asked for, then it is a visit', () => {
    expect(read('book a showing for ravi sharma on monday at 4 pm')).toMatchObject({
      intent: 'VISIT_SCHEDULE',
      entities: { lead: 'ravi sharma', visit_time: '2025-10-06T16:00:00+05:30' },
    });
  });

  test('when "nahi lenge" is said with a reason, then the lead is lost', () => {
    expect(read('yash johar ne bola budget kam hai isliye nahi lenge')).toMatchObject({
      intent: 'LEAD_UPDATE',
      entities: { lead: 'yash johar', status: 'LOST' },
    });
  });
});

describe('held-out set 83–84 classes', () => {
  test.each([
    ['ravi kumar phoned he cannot go ahead because of his transfer', 'ravi kumar'],
    ['meena iyer says they will not proceed with the purchase', 'meena iyer'],
    ['anil sharma is not able to go ahead this time', 'anil sharma'],
    ['sunita rao told me she does not want to buy the flat', 'sunita rao'],
    ['gopal das visited twice but he is unable to proceed', 'gopal das'],
  ])('when the lead cannot or will not go ahead ("%s"), then the lead is lost', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'LOST' } });
  });

  test.each([
    'sunita rao does not want to buy right now',
    'ravi kumar cannot go ahead until his loan comes through',
    'meena iyer does not want to book yet',
    'anil sharma cannot go ahead without his father seeing it',
  ])('when not going ahead is said only for now ("%s"), then no status is written', (t) => {
    expect(asksOrNothing(t)).toBe(true);
  });

  test.each([
    ['kiran bedi found the emi too high so it is not going to work', 'kiran bedi'],
    ['the deal with farah did not work out', 'farah'],
    ['rahul dev liked it but the numbers are not working out for him', 'rahul dev'],
    ['nandini rao wanted a bigger balcony it will not work for her', 'nandini rao'],
  ])('when the speaker says it will not work ("%s"), then the lead is lost', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'LOST' } });
  });

  test.each([
    'the lift is not working at the site',
    'ravi kumar says the brochure link is not working',
    'the payment gateway did not work for meena iyer',
  ])('when something other than the deal does not work ("%s"), then no status is written', (t) => {
    expect(asksOrNothing(t)).toBe(true);
  });

  test.each([
    ['vikas khanna is travelling till the twentieth call him after that', 'vikas khanna'],
    ['leela menon has exams this month ring her next month', 'leela menon'],
    ['arun nair is in the hospital try him again next week', 'arun nair'],
    ['meera iyer is away at her sister wedding in the village call her after that', 'meera iyer'],
    ['ravi kumar has his son board exams till the twentieth ring him after that', 'ravi kumar'],
  ])(
    'when a story that opens with the lead ends with a later call asked for ("%s"), then the lead is followed up',
    (t, lead) => {
      expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'FOLLOW_UP' } });
    },
  );

  test.each([
    ['ravi kumar saw the model flat so yeah follow up with him', 'ravi kumar'],
    ['meena iyer liked the view and yeah she is not interested', 'meena iyer'],
  ])('when "yeah" only carries the story on ("%s"), then it changes nothing', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead } });
  });

  test('when a new lead is followed by the visit they want, said after the number, then both are requests', () => {
    const actions = readAll(
      'new lead from housing a lady called priya menon from chennai 9840012345 she wants to see the flat on monday at 11',
    );
    expect(actions.map(({ intent }) => intent)).toEqual(['LEAD_CREATE', 'VISIT_SCHEDULE']);
    expect(actions[1]?.entities.visit_time).toBe('2025-10-06T11:00:00+05:30');
  });

  test.each([
    'add lead priya menon from chennai 9840012345 she is a doctor at apollo',
    'add lead priya menon from chennai 9840012345 she is already interested',
  ])('when the words after the number tell of the lead only ("%s"), then there is one request', (t) => {
    expect(readAll(t).map(({ intent }) => intent)).toEqual(['LEAD_CREATE']);
  });
});

describe('held-out set 85 classes', () => {
  test.each([
    'two site visits in the morning and then ravi kumar called about the parking',
    'did five visits today meena iyer liked the corner unit',
  ])('when a count is said before "visits" ("%s"), then it is no time and no visit is booked', (t) => {
    expect(readAll(t).some(({ intent }) => intent === 'VISIT_SCHEDULE')).toBe(false);
  });

  test.each([
    ['ravi kumar has filled the booking form and given his pan card', 'ravi kumar'],
    ['meena iyer submitted the booking application this morning', 'meena iyer'],
  ])('when the booking form is handed in ("%s"), then the lead is won', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'WON' } });
  });

  test.each([
    ['sunil shetty liked the pool he wants to come back on monday at four', '2025-10-06T16:00:00+05:30'],
    ['sunil shetty will come again on tuesday at eleven with his son', '2025-10-07T11:00:00+05:30'],
  ])('when the lead wants to come back at a time ("%s"), then it is a visit', (t, visit_time) => {
    expect(read(t)).toMatchObject({
      intent: 'VISIT_SCHEDULE',
      entities: { lead: 'sunil shetty', visit_time },
    });
  });

  test('when a relation of a lead is named with a verb after the pronoun, then the relation is the new lead', () => {
    const [action] = readAll(
      'ravi kumar referred his brother anil kumar he lives in pune number 9822012345 and wants a flat',
    );
    expect(action).toMatchObject({ intent: 'LEAD_CREATE', entities: { name: 'Anil Kumar', city: 'Pune' } });
  });

  test.each(['he stays in pune number 9822012345', 'she works in pune number 9822012345'])(
    'when no name is said ("%s"), then no word of running speech becomes the name',
    (t) => {
      const [action] = readAll(`add lead ${t}`);
      expect(action?.entities.name).toBeUndefined();
    },
  );

  test.each(['anita desai might buy next year', 'rohit sen will maybe buy in a few months'])(
    'when a later purchase is only a guess ("%s"), then no status is written',
    (t) => {
      expect(asksOrNothing(t)).toBe(true);
    },
  );

  test.each([
    ['ravi kumar and his father are going ahead with the three bhk', 'ravi kumar'],
    ['meena iyer is going ahead with the corner unit', 'meena iyer'],
  ])('when the lead goes ahead with a home of ours ("%s"), then the lead is won', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'WON' } });
  });

  test.each([
    ['anita desai will buy only next year', 'anita desai'],
    ['rohit sen plans to purchase in a few months', 'rohit sen'],
    ['anita desai needs three more weeks to sell her old flat', 'anita desai'],
    ['rohit sen wants a couple of months to arrange the down payment', 'rohit sen'],
  ])('when the lead puts the purchase later ("%s"), then the lead is followed up', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'FOLLOW_UP' } });
  });

  test.each([
    ['nikhil has made the full payment', 'nikhil'],
    ['pooja rao cleared the booking amount yesterday', 'pooja rao'],
  ])('when the money to book is made or cleared ("%s"), then the lead is won', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'WON' } });
  });

  test.each([
    [
      'the gentleman from the expo last sunday ravi kumar wants to bring his wife on monday at 4',
      'ravi kumar',
    ],
    ['remember the couple from aundh meena iyer will come on tuesday at 11 with her kids', 'meena iyer'],
  ])('when the lead is named late, right before the wish ("%s"), then the wish is theirs', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'VISIT_SCHEDULE', entities: { lead } });
  });

  test('when an eight-digit id prefix follows "lead", then it is the lead, never a phone', () => {
    expect(read('book lead 37024378 for wednesday at 2 pm')).toMatchObject({
      intent: 'VISIT_SCHEDULE',
      entities: { lead: '37024378', visit_time: '2025-10-08T14:00:00+05:30' },
    });
  });

  test('when a weekday names today and its hour is now, then the visit is a week later', () => {
    expect(read('book ravi kumar on saturday at ten').entities.visit_time).toBe('2025-10-11T10:00:00+05:30');
  });
});

describe('held-out set 86 classes', () => {
  test.each([
    ['ravi kumar is travelling he will call once he is back', 'ravi kumar'],
    ['meena iyer said she will call us after her exams', 'meena iyer'],
  ])('when the lead will call later ("%s"), then the lead is followed up', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'FOLLOW_UP' } });
  });

  test.each([
    ['ravi kumar booking amt recd', 'ravi kumar', 'WON'],
    ['meena iyer payment rcvd for booking', 'meena iyer', 'WON'],
    ['anil f/u on monday', 'anil', 'FOLLOW_UP'],
    ['sunita rao nt interested', 'sunita rao', 'LOST'],
  ])('when a typed abbreviation is sent ("%s"), then it reads as the words', (t, lead, status) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status } });
  });

  test.each([
    'kindly share the list of tomorrow visits',
    'send me the details of all leads from facebook',
    'give me the count of visits this week',
  ])('when a list or report is asked for ("%s"), then nothing is written', (t) => {
    expect(readAll(t).every(({ intent }) => intent === 'UNKNOWN')).toBe(true);
  });

  test.each([
    ['ravi kumar is showing good interest in the 3 bhk', 'ravi kumar'],
    ['meena iyer has shown a lot of interest', 'meena iyer'],
  ])('when the lead shows interest ("%s"), then the lead is in progress', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'IN_PROGRESS' } });
  });

  test.each([
    'site visits monday ravi kumar 10am meena iyer 4pm',
    'visits on monday: ravi kumar 10am, meena iyer 4pm',
  ])('when visits are typed as a list of names and hours after one day ("%s"), then each is booked', (t) => {
    expect(readAll(t).map(({ entities }) => [entities.lead, entities.visit_time])).toEqual([
      ['ravi kumar', '2025-10-06T10:00:00+05:30'],
      ['meena iyer', '2025-10-06T16:00:00+05:30'],
    ]);
  });

  test('when the lead shows no interest, then no in-progress is written', () => {
    expect(readAll('ravi kumar is not showing any interest')[0]?.entities.status).not.toBe('IN_PROGRESS');
  });
});

describe('held-out set 87 classes', () => {
  test('when a thing of the lead is "under process", then it is no status of the lead', () => {
    expect(read('ravi kumar loan application is under process he is very interested')).toMatchObject({
      intent: 'LEAD_UPDATE',
      entities: { lead: 'ravi kumar', status: 'IN_PROGRESS' },
    });
    expect(asksOrNothing('meena iyer documents are in process at the bank')).toBe(true);
  });

  test.each([
    ['call anil sharma next week about the new tower', 'anil sharma'],
    ['ring meena iyer after diwali about the new phase', 'meena iyer'],
  ])('when "new" describes a thing ("%s"), then it is no status', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'FOLLOW_UP' } });
  });

  test.each([
    ['add lead sanjay gupta originally from jaipur now in pune 9822012345', 'Sanjay Gupta'],
    ['new lead priya nair currently from kochi 9847012345', 'Priya Nair'],
  ])('when an adverb follows the name ("%s"), then it is no part of it', (t, name) => {
    expect(read(t).entities.name).toBe(name);
  });

  test.each([
    ['ravi kumar will decide in january after his appraisal', 'ravi kumar'],
    ['meena iyer will confirm in december', 'meena iyer'],
  ])('when the decision is put off to a month ("%s"), then the lead is followed up', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'FOLLOW_UP' } });
  });

  test.each([
    ['add lead ravi from pune 9822012343 sorry the last digit is 4', '+919822012344'],
    ['add lead ravi from pune 9822012333 no the last two digits are 4 5', '+919822012345'],
  ])('when the last digits are said again ("%s"), then they replace the old ones', (t, phone) => {
    expect(read(t).entities.phone).toBe(phone);
  });

  test('when the lead "is out" and another has signed, then each gets their own status', () => {
    expect(
      readAll('anil sharma is out and meena iyer has signed the agreement').map(({ entities }) => [
        entities.lead,
        entities.status,
      ]),
    ).toEqual([
      ['anil sharma', 'LOST'],
      ['meena iyer', 'WON'],
    ]);
  });

  test.each(['anil sharma is out of station this week', 'the new price list is out and anil liked it'])(
    'when "out" says nothing of the deal ("%s"), then no loss is written',
    (t) => {
      expect(readAll(t).some(({ entities }) => entities.status === 'LOST')).toBe(false);
    },
  );

  test("when a sentence opens with the lead's possession, then a party named after it is no lead", () => {
    expect(read("ravi kumar's home loan is under process with hdfc he is keen")).toMatchObject({
      intent: 'LEAD_UPDATE',
      entities: { lead: 'ravi kumar', status: 'IN_PROGRESS' },
    });
  });

  test('when another person is the subject of the status, then the status is theirs', () => {
    const actions = readAll('anil sharma is travelling and meena iyer has signed the agreement');
    expect(actions.find(({ entities }) => entities.status === 'WON')?.entities.lead).toBe('meena iyer');
    expect(actions.some(({ entities }) => entities.lead === 'anil sharma' && entities.status)).toBe(false);
  });

  test.each([
    ['anil sharma asked for the payment plan we are moving ahead', 'anil sharma'],
    ['meena iyer loved the layout things are moving forward', 'meena iyer'],
  ])('when the speaker says the deal is moving ahead ("%s"), then the lead is in progress', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'IN_PROGRESS' } });
  });

  test("when a person is named after a doctor's title in a story, then that is the new lead", () => {
    expect(
      read(
        'met a doctor at the hospital dr ravi kumar he is from pune and wants a flat his number is 9822012345',
      ),
    ).toMatchObject({ intent: 'LEAD_CREATE', entities: { name: 'Ravi Kumar', city: 'Pune' } });
  });
});

describe('held-out set 88 classes', () => {
  test.each([
    ['ravi kumar and his wife came today they read the draft and signed the sale agreement', 'ravi kumar'],
    ['meena iyer executed the sale deed this morning', 'meena iyer'],
  ])('when the sale papers are signed in a story ("%s"), then the lead is won', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'WON' } });
  });

  test.each([
    ['talked to ravi kumar he has already bought a flat in wakad', 'ravi kumar'],
    ['meena iyer already purchased a villa near her parents', 'meena iyer'],
  ])('when the lead has "already" bought a home ("%s"), then it is never written as won', (t) => {
    expect(readAll(t).some(({ entities }) => entities.status === 'WON')).toBe(false);
  });

  test('when the lead has already bought a home from us, then no loss is written either', () => {
    expect(asksOrNothing('meena iyer already purchased a villa from us last year')).toBe(true);
  });

  test.each([
    ['ravi kumar is at his sister wedding in the village till the 15th follow up after that', 'ravi kumar'],
    ['meena iyer has exams all this month follow up in november', 'meena iyer'],
  ])(
    'when a story that opens with the lead ends with "follow up …" ("%s"), then the lead is followed up',
    (t, lead) => {
      expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'FOLLOW_UP' } });
    },
  );
});

describe('held-out set 90 classes', () => {
  test.each([
    ['long story short ravi kumar has paid the token', 'ravi kumar'],
    ['to cut a long story short meena iyer is not interested', 'meena iyer'],
    ['anyway anil sharma signed the agreement today', 'anil sharma'],
  ])('when a story opener comes first ("%s"), then the lead is the name after it', (t, lead) => {
    expect(read(t).entities.lead).toBe(lead);
  });

  test('when a duration is said before the visit ("for an hour"), then it is no part of its time', () => {
    expect(read('ravi kumar talked to me for an hour anyway he will come on monday at six')).toMatchObject({
      intent: 'VISIT_SCHEDULE',
      entities: { visit_time: '2025-10-06T18:00:00+05:30' },
    });
  });

  test('when the lead says "call me after" a day, then the day stays with the status, not in the note', () => {
    const { entities } = read('ravi kumar said call me after the 20th');
    expect(entities.status).toBe('FOLLOW_UP');
    expect(entities.notes).toBeUndefined();
  });

  test.each([
    ['ravi kumar found it too costly and he is not taking it', 'ravi kumar'],
    ['meena iyer is not taking the flat after all', 'meena iyer'],
    ['anil sharma is moving to delhi so he will not be buying here', 'anil sharma'],
  ])('when the lead is not taking or buying it ("%s"), then the lead is lost', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'LOST' } });
  });

  test.each([
    ['ravi kumar called and said we will book the corner 2 bhk', 'ravi kumar'],
    ['meena iyer said they will take the sea facing unit', 'meena iyer'],
  ])('when the lead says they will take a home of ours ("%s"), then the lead is won', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'WON' } });
  });

  test.each([
    ['ravi kumar wants his parents to see the flat on monday at 4', '2025-10-06T16:00:00+05:30'],
    ['ravi kumar liked it and wants his wife to visit on sunday at 11', '2025-10-05T11:00:00+05:30'],
  ])(
    'when the lead wants the family to see the home at a time ("%s"), then it is a visit',
    (t, visit_time) => {
      expect(read(t)).toMatchObject({
        intent: 'VISIT_SCHEDULE',
        entities: { lead: 'ravi kumar', visit_time },
      });
    },
  );

  test("when the lead cancels a day's visit, then nothing is written or asked as a status", () => {
    expect(
      readAll("ravi kumar cancelled tomorrow's site visit").every(({ intent }) => intent !== 'LEAD_UPDATE'),
    ).toBe(true);
  });

  test.each([
    ['ravi kumar is arranging his papers we are in touch', 'ravi kumar'],
    ['meena iyer is in regular touch with me', 'meena iyer'],
  ])('when the speaker says they are in touch ("%s"), then the lead is in progress', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'IN_PROGRESS' } });
  });

  test('when the full payment is completed, then the lead is won', () => {
    expect(read('ravi kumar completed the full payment today').entities.status).toBe('WON');
  });

  test.each([
    ['ravi kumar ne dusri jagah flat le liya', 'LOST'],
    ['meena iyer abhi busy hai agle hafte baat karenge', 'FOLLOW_UP'],
  ])('when Hinglish tells where or when ("%s"), then the status follows it', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });
});

describe('held-out set 91 classes', () => {
  test('when a follow-up is given its "after …" clause, then the clause is no note', () => {
    const { entities } = read('meena iyer asked me to follow up after her son joins college in july');
    expect(entities.status).toBe('FOLLOW_UP');
    expect(entities.notes).toBeUndefined();
    expect(read('put ravi on follow up after diwali as they are travelling').entities.notes).toBe(
      'they are travelling',
    );
  });

  test('when a couple is told of and "the husband is" named, then he is the new lead', () => {
    expect(
      read('walk in today a couple from pune the husband is vikas rao number 9822012345').entities.name,
    ).toBe('Vikas Rao');
  });

  test.each([
    ['the family discussed it so it is a no', 'LOST'],
    ['ravi kumar still has not made up his mind', 'IN_PROGRESS'],
    ['meena iyer is still yet to decide', 'IN_PROGRESS'],
  ])('when the answer or the indecision is said ("%s"), then the status follows it', (t, status) => {
    const [action] = readAll(t.startsWith('the family') ? `ravi kumar came with his wife ${t}` : t);
    expect(action?.entities.status).toBe(status);
  });

  test.each(['ravi kumar ko monday 4 baje bulao', 'meena iyer ka visit kal 11 baje fix karo'])(
    'when the booking verb is said last, Hinglish style ("%s"), then it is a visit',
    (t) => {
      expect(read(t).intent).toBe('VISIT_SCHEDULE');
    },
  );

  test.each([
    ["ravi kumar's friend also wants to see the sample flat", true],
    ["ravi kumar's wife wants to see the flat on sunday at 11", false],
  ])('when someone outside the household wishes for a visit ("%s"), then it is only news', (t, news) => {
    expect(readAll(t).every(({ intent }) => intent === 'UNKNOWN')).toBe(news);
  });
});

describe('held-out set 92 classes', () => {
  test('when the lead cannot come one day "so make it" another, then the other day is booked', () => {
    expect(read('meena iyer cannot make it on tuesday so make it thursday at 4')).toMatchObject({
      intent: 'VISIT_SCHEDULE',
      entities: { lead: 'meena iyer', visit_time: '2025-10-09T16:00:00+05:30' },
    });
  });

  test.each([
    ['my manager told me ravi kumar has paid the token', 'ravi kumar'],
    ['anil from our office says meena iyer wants to come on monday at 4', 'meena iyer'],
  ])('when a colleague passes the news on ("%s"), then the lead is who the news is about', (t, lead) => {
    expect(read(t).entities.lead).toBe(lead);
  });

  test.each([
    ['ring ravi kumar in the second week of december', 'ravi kumar'],
    ['meena iyer wants us to call her in january', 'meena iyer'],
  ])('when a call is asked for in a week or a month ("%s"), then the lead is followed up', (t, lead) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status: 'FOLLOW_UP' } });
  });

  test('when the lead will come back to us, then the lead is followed up', () => {
    expect(read('ravi kumar will come back to us after talking to his bank').entities.status).toBe(
      'FOLLOW_UP',
    );
  });

  test('when the lead is coming around, then the lead is in progress', () => {
    expect(read('meena iyer is slowly coming around').entities.status).toBe('IN_PROGRESS');
  });

  test.each([
    ["meena iyer's husband does not like the area so she has dropped the plan", 'meena iyer', 'LOST'],
    ["ravi kumar's mother was unwell so he has postponed his decision", 'ravi kumar', 'FOLLOW_UP'],
  ])(
    'when "she"/"he" cannot be the relation the story names ("%s"), then the status is the lead\'s',
    (t, lead, status) => {
      expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status } });
    },
  );
});

describe('held-out set 93 classes', () => {
  test('when a number is said in two pieces joined by "then", then it is one number', () => {
    expect(read('add lead ravi kumar from pune number 98220 then 12345').entities.phone).toBe(
      '+919822012345',
    );
  });

  test.each([
    'got a call from a lady named meena iyer she lives in pune number 9822012345',
    'had a call from a gentleman called ravi kumar from pune number 9822012345',
  ])('when "from" brings a person ("%s"), then no place is read from the name', (t) => {
    expect(read(t).entities).toMatchObject({ city: 'Pune' });
    expect(read(t).entities.locality).toBeUndefined();
  });

  test('when a lead sends a friend to us, then the friend is a new lead referred', () => {
    expect(
      read('anil sharma sent his colleague ravi kumar to us ravi is from pune number 9822012345'),
    ).toMatchObject({
      intent: 'LEAD_CREATE',
      entities: { name: 'Ravi Kumar', city: 'Pune', source: 'Referral' },
    });
  });
});

describe('held-out set 94 classes', () => {
  test.each([
    ['ravi kumar was keen last month but now he is not interested', 'LOST'],
    ['meena iyer was not interested earlier but now she is keen', 'IN_PROGRESS'],
    ['anil sharma first said yes but then he backed out', 'LOST'],
  ])('when the status changed as the story was told ("%s"), then the later one is written', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });

  test('when "not" and a status word end the transcript, then it is that status, not a denial', () => {
    expect(read('ravi kumar liked the flat but he is not interested').entities.status).toBe('LOST');
  });

  test('when a status is told in a clause about the past ("who had …"), then the one after it is written', () => {
    expect(read('meena iyer who had backed out is keen again').entities.status).toBe('IN_PROGRESS');
  });

  test('when the speaker will meet the lead at a time, then "meet" cues both the visit and the lead', () => {
    expect(read('i will meet ravi kumar at his office on monday at 4')).toMatchObject({
      intent: 'VISIT_SCHEDULE',
      entities: { lead: 'ravi kumar', visit_time: '2025-10-06T16:00:00+05:30' },
    });
  });

  test.each([
    ['finally ravi kumar said yes to the booking', 'ravi kumar', 'WON'],
    ['ravi kumar is a complete no he will never buy from us', 'ravi kumar', 'LOST'],
    ['meena iyer is slow but she is still in the running', 'meena iyer', 'IN_PROGRESS'],
  ])('when "%s" is said, then the status follows it', (t, lead, status) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status } });
  });
});

describe('held-out set 95 classes', () => {
  test.each(['ravi kumar token done', 'meena iyer token collected today'])(
    'when the token is said done or collected ("%s"), then the lead is won',
    (t) => {
      expect(read(t).entities.status).toBe('WON');
    },
  );

  test.each(['ravi kumar warm', 'meena pending'])(
    'when a name and a state this CRM has no status for are said alone ("%s"), then it is asked',
    (t) => {
      const [action] = understandWithRules(t).actions;
      expect(action?.intent).toBe('LEAD_UPDATE');
      expect(asksOrNothing(t)).toBe(true);
    },
  );

  test.each(['ravi kumar status', "meena iyer's status"])(
    'when a name and "status" are said alone ("%s"), then it is a question',
    (t) => {
      expect(readAll(t).every(({ intent }) => intent === 'UNKNOWN')).toBe(true);
    },
  );
});

describe('held-out set 96 classes', () => {
  test('when a run-on note names the lead mid-way and goes on with "she", then "she" is that lead', () => {
    expect(
      read(
        'busy morning lots of calls and then meena iyer phoned and she said she is not going to buy the flat',
      ),
    ).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead: 'meena iyer', status: 'LOST' } });
  });

  test('when "booked there" has no developer named before it, then ours or a rival\'s is asked', () => {
    expect(asksOrNothing('ravi kumar went to see another project and his wife said they booked there')).toBe(
      true,
    );
  });

  test.each([
    ['ravi kumar liked it and wants to come back with his wife on sunday at 4', '2025-10-05T16:00:00+05:30'],
    [
      'ravi kumar is free on monday at 5 so please block that slot for his visit',
      '2025-10-06T17:00:00+05:30',
    ],
  ])(
    'when the lead comes back with family, or the slot is blocked ("%s"), then it is a visit',
    (t, visit_time) => {
      expect(read(t)).toMatchObject({
        intent: 'VISIT_SCHEDULE',
        entities: { lead: 'ravi kumar', visit_time },
      });
    },
  );

  test('when a long day is told before the lead, then the lead is still the one the story opens with', () => {
    expect(
      read('long day today meena iyer came with her husband and they paid the booking amount'),
    ).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead: 'meena iyer', status: 'WON' } });
  });

  test('when a common verb in "-ing" follows a cue, then it is no name', () => {
    expect(
      read('ravi kumar is busy moving house he asked me to call him after two weeks').entities.lead,
    ).toBe('ravi kumar');
  });

  test('when the final price is being discussed, then the lead is in progress', () => {
    expect(read('ravi kumar came twice and we are discussing the final price').entities.status).toBe(
      'IN_PROGRESS',
    );
  });

  test('when a visit for one lead and a status for another are joined by "and", then each is its own', () => {
    expect(
      readAll('book ravi kumar on monday at 4 and meena iyer is not interested').map(
        ({ intent, entities }) => [intent, entities.lead],
      ),
    ).toEqual([
      ['VISIT_SCHEDULE', 'ravi kumar'],
      ['LEAD_UPDATE', 'meena iyer'],
    ]);
  });

  test('when Hinglish asks for a call after some months, then the lead is followed up', () => {
    expect(read('meena iyer se baat hui do mahine baad call karna').entities.status).toBe('FOLLOW_UP');
  });
});

describe('held-out set 97 classes', () => {
  test('when the lead "walked in" mid-way through a run-on note, then "they" after it is that lead', () => {
    expect(
      read(
        'slow start today but after lunch ravi kumar walked in with his wife and they paid the booking amount',
      ),
    ).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead: 'ravi kumar', status: 'WON' } });
  });

  test('when "working in" tells of a job, then it is no status', () => {
    expect(
      read(
        'new lead from a walk in his name is anil rao from pune working in a bank his number is 9822012345',
      ),
    ).toMatchObject({ intent: 'LEAD_CREATE', entities: { name: 'Anil Rao', city: 'Pune' } });
  });

  test('when the speaker says things are moving, then the lead is in progress', () => {
    expect(read('meena iyer came again today and things are moving').entities.status).toBe('IN_PROGRESS');
  });
});

describe('held-out set 98 classes', () => {
  test.each([
    ['ravi kumar wants to inspect the godown on monday at 11', '2025-10-06T11:00:00+05:30'],
    ['ravi kumar would like to tour the office space on tuesday at 4', '2025-10-07T16:00:00+05:30'],
  ])(
    'when the lead wants to inspect or tour the property at a time ("%s"), then it is a visit',
    (t, visit_time) => {
      expect(read(t)).toMatchObject({
        intent: 'VISIT_SCHEDULE',
        entities: { lead: 'ravi kumar', visit_time },
      });
    },
  );
});

describe('held-out set 99 classes', () => {
  test('when the lead is away "on a tour" and we will talk after, then it is a follow-up, no visit', () => {
    expect(
      read('ravi kumar is on a business tour this week so we will talk to him after that'),
    ).toMatchObject({
      intent: 'LEAD_UPDATE',
      entities: { lead: 'ravi kumar', status: 'FOLLOW_UP' },
    });
  });

  test.each(['meena iyer ne bola ab flat nahi chahiye', 'ravi kumar ghar nahi lenge'])(
    'when Hinglish says the home is not wanted ("%s"), then the lead is lost',
    (t) => {
      expect(read(t).entities.status).toBe('LOST');
    },
  );
});

describe('the reason given when a status is asked', () => {
  const problemOf = (t: string) => {
    const [action] = understandWithRules(t).actions;
    if (!action || action.intent === 'UNKNOWN') throw new Error('no request read');
    const interpreted = interpret(action.intent, action.said, context);
    return interpreted.ok ? '' : interpreted.problem.message;
  };

  test('when the words name a status two ways, then the answer says so, not that the status is unknown', () => {
    const message = problemOf('ravi kumar went to see another project and his wife said they booked there');
    expect(message).not.toMatch(/Unknown status/);
    expect(message).toMatch(/more than one/);
  });

  test('when the words name no status at all, then the status is unknown', () => {
    expect(problemOf('ravi kumar is on hold')).toMatch(/Unknown status 'on hold'/);
  });
});

describe('held-out sets 100–105 classes', () => {
  test.each([
    ['rohit sen site visit 12/10 11:30 am', '2025-10-12T11:30:00+05:30'],
    ['book anita desai 15/10 10 am', '2025-10-15T10:00:00+05:30'],
  ])('when a day is typed as day/month before an hour ("%s"), then both are kept', (t, visit_time) => {
    expect(read(t)).toMatchObject({ intent: 'VISIT_SCHEDULE', entities: { visit_time } });
  });

  test.each([
    'meera closed a huge deal for her firm this week',
    'anil signed a contract with his new employer',
    'rajesh finalised a big order at his company today',
  ])('when a deal or paper is the lead\'s own work ("%s"), then nothing is written', (t) => {
    expect(asksOrNothing(t)).toBe(true);
  });

  test.each([
    ['ravi closed the deal', 'WON'],
    ['deal closed with sunil', 'WON'],
    ['meera signed the agreement for the flat', 'WON'],
    ['meera signed an agreement today', 'WON'],
  ])('when the deal is ours ("%s"), then it is still written', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });

  test.each([
    'sunita was keen on the sea view flat last month',
    'kiran was interested in buying two years back',
    'earlier he was interested in our villas, said ravi',
  ])('when a state is told of the past ("%s"), then it is background and nothing is written', (t) => {
    expect(asksOrNothing(t)).toBe(true);
  });

  test.each([
    ['called kiran he was not interested', 'LOST'],
    ['rahul was interested last week but now he is not interested', 'LOST'],
  ])('when a state said in the past is the news ("%s"), then it is still read', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });

  test('when what the lead compares is long, then none of it becomes the note', () => {
    expect(
      read('seema and her father are comparing our quote with the one from the other tower so it is going on')
        .entities,
    ).toEqual({ lead: 'seema', status: 'IN_PROGRESS' });
  });

  test('when a note ends "so it is going on", then the lead is in progress', () => {
    expect(read('spoke to vinay about the payment plan so it is going on').entities.status).toBe(
      'IN_PROGRESS',
    );
  });

  test('when only the am/pm is corrected and both are said apart ("p m sorry a m"), then the hour stays', () => {
    expect(read('book tara for monday at ten p m sorry a m').entities.visit_time).toBe(
      '2025-10-06T10:00:00+05:30',
    );
  });

  test('when a name starts with a cut-off stutter ("ra rajesh"), then the fragment is dropped', () => {
    expect(read('mark ra rajesh khanna as won').entities).toMatchObject({
      lead: 'rajesh khanna',
      status: 'WON',
    });
  });

  test('when a cut-off fragment is a word of its own ("in indore"), then it stays', () => {
    expect(read('new lead sunil from in indore 9826012345').entities.name).toBe('Sunil');
  });

  test.each(['sheetal not int', 'sheetal - not intd'])(
    'when "not interested" is typed short ("%s"), then the lead is lost',
    (t) => {
      expect(read(t).entities).toMatchObject({ lead: 'sheetal', status: 'LOST' });
    },
  );

  test.each(['deepa has decided to rent for now instead of buying', 'the kapoors chose to continue renting'])(
    'when the lead will rent rather than buy ("%s"), then the lead is lost',
    (t) => {
      expect(read(t).entities.status).toBe('LOST');
    },
  );

  test('when the lead rents out a home of their own, then nothing is written', () => {
    expect(asksOrNothing('ravi wants to rent out his flat in baner')).toBe(true);
  });

  test('when "called" is the phone call and "her name is" follows, then the name is the one named', () => {
    expect(
      read(
        'a man called from the banner near the mall his name is ajit pai he lives in goa number 9822012345',
      ).entities,
    ).toMatchObject({ name: 'Ajit Pai', city: 'Goa', phone: '+919822012345' });
  });

  test.each([
    ['mark sunil as won and priya as lost no wait leave priya', ['sunil']],
    ['book anil on monday at 4 and ravi on tuesday at 5 sorry leave anil', ['ravi']],
  ])('when one lead of a list is left out ("%s"), then only the others are written', (t, leads) => {
    expect(readAll(t).map((action) => action.entities.lead)).toEqual(leads);
  });

  test('when the only lead is left out, then nothing is written', () => {
    expect(readAll('mark sunil as won no wait leave sunil')).toEqual([{ intent: 'UNKNOWN', entities: {} }]);
  });

  test.each([
    ['meena shah somvar ko paanch baje aayengi', 'meena shah', '2025-10-06T17:00:00+05:30'],
    ['kal subah das baje ravi verma site pe aa rahe hai', 'ravi verma', '2025-10-05T10:00:00+05:30'],
  ])('when Hinglish says the lead will come at a time ("%s"), then it is a visit', (t, lead, visit_time) => {
    expect(read(t)).toMatchObject({ intent: 'VISIT_SCHEDULE', entities: { lead, visit_time } });
  });

  test.each([
    ['sunil bol raha tha next month call karna', 'sunil', 'FOLLOW_UP'],
    ['arjun soch kar batayega', 'arjun', 'FOLLOW_UP'],
    ['neha kapoor ke saath loan pe baat chal rahi hai', 'neha kapoor', 'IN_PROGRESS'],
  ])('when Hinglish says the state ("%s"), then it is read', (t, lead, status) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_UPDATE', entities: { lead, status } });
  });

  test.each([
    ['kavita rao jaipur 9414012345 iska lead add karo', { name: 'Kavita Rao', city: 'Jaipur' }],
    ['naya lead hai mohit jain pune wala number 9822012345', { name: 'Mohit Jain', city: 'Pune' }],
  ])('when Hinglish names a new lead ("%s"), then the name ends before the Hindi words', (t, entities) => {
    expect(read(t)).toMatchObject({ intent: 'LEAD_CREATE', entities });
  });

  test('when "do the needful" opens a request, then the request is read', () => {
    expect(read('kindly do the needful and book sanjay for monday at 11')).toMatchObject({
      intent: 'VISIT_SCHEDULE',
      entities: { lead: 'sanjay', visit_time: '2025-10-06T11:00:00+05:30' },
    });
  });
});

describe('held-out sets 106–110 classes', () => {
  test.each([
    'ravi kumar had bought a villa from us back in 2019',
    'sunita had booked with us last year',
    'meena was won over by the sea view',
  ])('when a purchase is told of the past, or "won over" said ("%s"), then nothing is written', (t) => {
    expect(asksOrNothing(t)).toBe(true);
  });

  test.each([
    'ravi bought a resale flat from a small local builder',
    'anil went ahead with a new builder in hinjewadi',
  ])('when the purchase was from a builder described ("%s"), then the lead is lost', (t) => {
    expect(read(t).entities.status).toBe('LOST');
  });

  test('when the week is said before its day ("next week friday"), then the day of that week is booked', () => {
    expect(read('book ravi next week friday at 4').entities.visit_time).toBe('2025-10-10T16:00:00+05:30');
  });

  test.each([
    ['meena iyer on monday at 4', 'meena iyer', '2025-10-06T16:00:00+05:30'],
    ['ravi kumar tomorrow at half past ten', 'ravi kumar', '2025-10-05T10:30:00+05:30'],
  ])('when only a lead, a day and an hour are said ("%s"), then it is a visit', (t, lead, visit_time) => {
    expect(read(t)).toMatchObject({ intent: 'VISIT_SCHEDULE', entities: { lead, visit_time } });
  });

  test.each(['heena wants to come over the weekend', 'ravi kumar will come down sometime this weekend'])(
    'when the lead will come on no day that can be booked ("%s"), then the visit is asked',
    (t) => {
      const [action] = understandWithRules(t).actions;
      expect(action?.intent).toBe('VISIT_SCHEDULE');
      expect(asksOrNothing(t)).toBe(true);
    },
  );

  test.each([
    ["shift ravi's visit from monday to tuesday at 4", '2025-10-07T16:00:00+05:30'],
    [
      'move the site visit of meena iyer from sunday to wednesday at the same time 11 am',
      '2025-10-08T11:00:00+05:30',
    ],
  ])(
    'when a visit is moved "from" one day "to" another ("%s"), then the new day is booked',
    (t, visit_time) => {
      expect(read(t)).toMatchObject({ intent: 'VISIT_SCHEDULE', entities: { visit_time } });
    },
  );

  test.each([
    'visits for tomorrow, meena iyer at 11, ravi kumar at 4',
    "tomorrow's visits: meena iyer 11 am, ravi kumar 4 pm",
  ])('when visits are listed after their day with commas ("%s"), then each is booked', (t) => {
    expect(readAll(t)).toEqual([
      { intent: 'VISIT_SCHEDULE', entities: { lead: 'meena iyer', visit_time: '2025-10-05T11:00:00+05:30' } },
      { intent: 'VISIT_SCHEDULE', entities: { lead: 'ravi kumar', visit_time: '2025-10-05T16:00:00+05:30' } },
    ]);
  });

  test.each([
    ['ravi kumar followup', 'FOLLOW_UP'],
    ['ravi kumar inprogress', 'IN_PROGRESS'],
  ])('when a status is said as one word after the name ("%s"), then it is read', (t, status) => {
    expect(read(t).entities).toMatchObject({ lead: 'ravi kumar', status });
  });
});

describe('held-out sets 111–115 classes', () => {
  test('when two leads are named and "only" one of them wants the visit, then only that one is booked', () => {
    expect(
      readAll('ravi kumar and meena iyer are neighbours but only meena iyer wants a visit on monday at 11'),
    ).toEqual([
      { intent: 'VISIT_SCHEDULE', entities: { lead: 'meena iyer', visit_time: '2025-10-06T11:00:00+05:30' } },
    ]);
  });

  test.each([
    ['ravi kumar - IP, waiting for loan approval', 'IN_PROGRESS', 'waiting for loan approval'],
    ['sunil - lost, budget mismatch', 'LOST', 'budget mismatch'],
  ])('when a typed status has its note after a comma ("%s"), then the note is kept', (t, status, notes) => {
    expect(read(t).entities).toMatchObject({ status, notes });
  });

  test('when Hinglish puts a follow-up\'s week before "call karna", then no piece of the time is the note', () => {
    const { entities } = read('ravi kumar abhi busy hai bol raha tha next week call karna tab decide karega');
    expect(entities.status).toBe('FOLLOW_UP');
    expect(entities.notes ?? '').not.toMatch(/\bweek\b|\btab\b/);
  });

  test.each([
    'ravi abhi nahi lena chahta shayad next year',
    'meena is not buying right now maybe next year',
    'sunil is not interested at the moment, may be after six months',
  ])('when the lead will not buy now but may later ("%s"), then it is a follow-up', (t) => {
    expect(read(t).entities.status).toBe('FOLLOW_UP');
  });

  test('when the lead will not buy, said with no later, then it is still lost', () => {
    expect(read('meena is not buying').entities.status).toBe('LOST');
  });

  test.each([
    "ravi kumar's parents transferred the booking amount today",
    "meena iyer's husband paid the token",
  ])('when the household of the lead pays ("%s"), then the lead is won', (t) => {
    expect(read(t).entities.status).toBe('WON');
  });

  test('when another relation pays, then nothing is written', () => {
    expect(asksOrNothing("ravi kumar's brother paid the token for his own flat")).toBe(true);
  });

  test('when the lead is quoted saying "don\'t call me again", then the lead is lost', () => {
    expect(read('ravi said i am not interested please do not call me again').entities.status).toBe('LOST');
  });

  test('when the lead is quoted saying "let me think about it", then it is a follow-up, not a withdrawal', () => {
    expect(read('meena said let me think about it for a week').entities.status).toBe('FOLLOW_UP');
  });

  test('when the speaker says "let me think" after a request, then the request is still taken back', () => {
    expect(readAll('mark ravi as won, let me think')).toEqual([{ intent: 'UNKNOWN', entities: {} }]);
  });

  test.each([
    'ravi aaj aaya tha aur usne flat final kar diya token bhi de diya',
    'meena ne booking amount bhi de diya',
  ])('when Hinglish says the token was also given ("%s"), then the lead is won', (t) => {
    expect(read(t).entities.status).toBe('WON');
  });

  test('when Hinglish says the lead bought elsewhere in a place, then the lead is lost', () => {
    expect(read('meena iyer ne pune mein kahin aur flat le liya')).toMatchObject({
      intent: 'LEAD_UPDATE',
      entities: { lead: 'meena iyer', status: 'LOST' },
    });
  });

  test.each([
    ['ravi kumar sv mon 4pm', '2025-10-06T16:00:00+05:30'],
    ['meena iyer s/v tue 11am', '2025-10-07T11:00:00+05:30'],
  ])('when a visit is typed short ("%s"), then it is booked', (t, visit_time) => {
    expect(read(t)).toMatchObject({ intent: 'VISIT_SCHEDULE', entities: { visit_time } });
  });

  test('when a follow-up is typed "fu", then it is read', () => {
    expect(read('meena iyer fu 15th oct').entities.status).toBe('FOLLOW_UP');
  });

  test('when the lead is "not going to go ahead", then the lead is lost', () => {
    expect(read('meena said they are not going to go ahead').entities.status).toBe('LOST');
  });

  test('when the day of a call told before is not the day of the visit fixed, then the visit day is booked', () => {
    expect(
      read('spoke to meena iyer on thursday and fixed her visit for monday at 11').entities.visit_time,
    ).toBe('2025-10-06T11:00:00+05:30');
  });
});

describe('held-out set 111–115 classes, second pass', () => {
  test('when someone on our side booked the lead for a visit, then the lead is the one booked', () => {
    expect(read('my manager booked ravi kumar for a site visit on monday at 3')).toMatchObject({
      intent: 'VISIT_SCHEDULE',
      entities: { lead: 'ravi kumar', visit_time: '2025-10-06T15:00:00+05:30' },
    });
  });

  test("when a go-between who brought the lead gives the news, then it is the lead's news", () => {
    expect(
      read('the agent who referred meena iyer says she went with another builder').entities,
    ).toMatchObject({
      lead: 'meena iyer',
      status: 'LOST',
    });
  });

  test("when the lead is named with a relation and again on their own, then the lead's own deed counts", () => {
    expect(
      read("ravi kumar's father saw the plans and ravi kumar signed the agreement today").entities,
    ).toMatchObject({ lead: 'ravi kumar', status: 'WON' });
  });

  test('when two leads each get a state joined by "but", then each is updated', () => {
    expect(readAll('ravi kumar is keen but meena iyer is not interested')).toEqual([
      { intent: 'LEAD_UPDATE', entities: { lead: 'ravi kumar', status: 'IN_PROGRESS' } },
      { intent: 'LEAD_UPDATE', entities: { lead: 'meena iyer', status: 'LOST' } },
    ]);
  });

  test('when a new lead is named right before "he"/"she" goes on about them, then that is the name', () => {
    expect(
      read('9822012345 is the number of a lady i met at the gym sunita rao she lives in nashik').entities,
    ).toMatchObject({ name: 'Sunita Rao', city: 'Nashik', phone: '+919822012345' });
  });

  test('when Hinglish says "apne husband ke saath", then the lead is still the one named', () => {
    expect(read('meena iyer apne husband ke saath aayi thi aur token de diya').entities).toMatchObject({
      lead: 'meena iyer',
      status: 'WON',
    });
  });

  test('when the weekend is said around a day inside it, then the day is booked', () => {
    expect(
      read('her parents come over the weekend so meena iyer wants to see the flat on sunday at 6').entities
        .visit_time,
    ).toBe('2025-10-05T18:00:00+05:30');
  });
});

describe('held-out sets 116–118 classes', () => {
  test.each([
    'ravi kumar signed the entry register at the gate',
    'meena iyer signed the feedback form after the tour',
  ])('when the paper signed is no sale paper ("%s"), then nothing is written', (t) => {
    expect(asksOrNothing(t)).toBe(true);
  });

  test('when the booking form is signed, then the lead is still won', () => {
    expect(read('meena iyer signed the booking form').entities.status).toBe('WON');
  });

  test.each([
    "ravi kumar's friend will visit the site on monday at 4",
    "meena iyer's neighbour is visiting the flat tomorrow at 11",
  ])('when a relation of the lead will visit ("%s"), then nothing is written', (t) => {
    expect(asksOrNothing(t)).toBe(true);
  });

  test.each([
    "meena iyer's sale deed got registered yesterday",
    "ravi kumar's booking cheque has cleared",
    'the token payment of ravi kumar got credited',
  ])('when the sale is registered or its money cleared ("%s"), then the lead is won', (t) => {
    expect(read(t).entities.status).toBe('WON');
  });

  test("when the lead's cheque bounced, then nothing is written", () => {
    expect(asksOrNothing("ravi kumar's booking cheque bounced")).toBe(true);
  });

  test.each(['ravi kumar had come for a site visit in august', 'meena iyer had visited the site last month'])(
    'when a visit is told in the past perfect ("%s"), then it is a report, not a visit to ask about',
    (t) => {
      expect(readAll(t)).toEqual([{ intent: 'UNKNOWN', entities: {} }]);
    },
  );

  test('when the lead booked travel tickets for the visit, then nothing is booked', () => {
    expect(asksOrNothing('ravi kumar booked his train tickets for the visit on monday')).toBe(true);
  });

  test('when Hinglish asks to show the site at a time, then it is a visit', () => {
    expect(read('meena iyer ko parso shaam paanch baje flat dikhana hai')).toMatchObject({
      intent: 'VISIT_SCHEDULE',
      entities: { lead: 'meena iyer', visit_time: '2025-10-06T17:00:00+05:30' },
    });
  });

  test('when a lead hands over a reference with its details, then the reference is a new lead', () => {
    expect(
      read('ravi kumar gave us a referral his friend sunil shetty from mangalore 9845012345').entities,
    ).toMatchObject({ name: 'Sunil Shetty', city: 'Mangalore', phone: '+919845012345', source: 'Referral' });
  });

  test('when the lead "gave me a reference", then the new lead came by referral', () => {
    expect(
      read('meena iyer gave me a reference her neighbour kavita rao from nagpur 9823012345').entities,
    ).toMatchObject({ name: 'Kavita Rao', city: 'Nagpur', source: 'Referral' });
  });

  test('when "may have" follows a name, then "may" is the verb, not part of the name', () => {
    const [action] = understandWithRules('meena iyer may have paid the token').actions;
    expect(action?.said.lead_reference).toBe('meena iyer');
  });

  test('when an hour is said "half four" after its day, then it is half past four', () => {
    expect(read('ravi kumar is coming tomorrow half four').entities.visit_time).toBe(
      '2025-10-05T16:30:00+05:30',
    );
  });
});

describe('held-out sets 119–120 classes', () => {
  test.each([
    'ravi kumar bought a flat close to his office in whitefield',
    'meena iyer has purchased a villa in alibaug',
  ])('when a home was bought somewhere, said with "a" and no word of whose ("%s"), then it is asked', (t) => {
    expect(asksOrNothing(t)).toBe(true);
  });

  test('when the home was bought "already", then it is still lost', () => {
    expect(read('ravi kumar has already bought a flat in wakad').entities.status).toBe('LOST');
  });

  test.each([
    "ravi kumar's niece booked a flat with us yesterday",
    "meena iyer's landlord paid the token for the shop",
  ])('when a relation of any kind did the deal ("%s"), then nothing is written', (t) => {
    expect(asksOrNothing(t)).toBe(true);
  });
});

describe('held-out set 121 classes', () => {
  test.each([
    'ravi kumar came with the final payment today',
    'we handed over the allotment letter to meena iyer this morning',
  ])('when the final payment or the allotment letter is told ("%s"), then the lead is won', (t) => {
    expect(read(t).entities.status).toBe('WON');
  });

  test("when the lead's household has decided against it, then the lead is lost", () => {
    expect(
      read("ravi kumar's wife did not like the view so the family has decided against it").entities,
    ).toMatchObject({ lead: 'ravi kumar', status: 'LOST' });
  });

  test.each([
    'meena iyer will look at it again in july',
    'ravi kumar said give me a few weeks i will confirm',
  ])('when the lead will come back to it later ("%s"), then it is a follow-up', (t) => {
    expect(read(t).entities.status).toBe('FOLLOW_UP');
  });
});

describe('held-out sets 122–126 classes', () => {
  test.each<[string, string]>([
    [
      'my old customer rakesh roshan referred his brother in law rajesh khanna from jaipur 98290 11223',
      'Rajesh Khanna',
    ],
    ['an old client anil kapoor recommended his friend sunny deol, pune, 9822011122', 'Sunny Deol'],
    ['ravi kumar sent his colleague meena iyer to us she is from nagpur number 98220 33441', 'Meena Iyer'],
  ])('when one person refers another to us ("%s"), then the new lead is the one referred', (t, name) => {
    const { intent, entities } = read(t);
    expect(intent).toBe('LEAD_CREATE');
    expect(entities.name).toBe(name);
  });

  test('when the one referred is said after "referred", then the source is a referral', () => {
    expect(
      read('my old customer rakesh roshan referred his cousin rajesh khanna from jaipur 98290 11223').entities
        .source,
    ).toBe('Referral');
  });

  test.each([
    'book the lead with number 98200 11223 for monday at 4 pm',
    'schedule the client with phone number 9820011223 on monday at 4 pm',
    'fix a visit for the customer having mobile 98200 11223 monday 4 pm',
  ])(
    'when the lead is named by its phone ("%s"), then it is a visit for that phone, never a new lead',
    (t) => {
      const { intent, entities } = read(t);
      expect(intent).toBe('VISIT_SCHEDULE');
      expect(entities).toMatchObject({
        lead: expect.stringMatching(/^98200\s?11223$/),
        visit_time: '2025-10-06T16:00:00+05:30',
      });
    },
  );

  test.each(['meena iyer is still thinking it over', 'ravi kumar is thinking about it with his family'])(
    'when the lead is thinking it over ("%s"), then it is still in play, as "is still thinking" is',
    (t) => {
      expect(read(t).entities.status).toBe('IN_PROGRESS');
    },
  );

  test('when the lead wants to think it over, then it is a follow-up', () => {
    expect(read('meena iyer wants to think it over').entities.status).toBe('FOLLOW_UP');
  });

  test.each([
    'ravi kumar is ready to book',
    'meena iyer is almost ready to go ahead',
    'ravi kumar is getting his papers ready for the home loan',
    'meena iyer has applied for a home loan',
    'ravi kumar is arranging the funds',
  ])('when the lead is getting ready to buy ("%s"), then the talks are in progress', (t) => {
    expect(read(t).entities.status).toBe('IN_PROGRESS');
  });

  test.each([
    "the registration of ravi kumar's flat is complete",
    "meena iyer's registration is done",
    "ravi kumar's sale agreement got signed today",
  ])('when the deal of the lead\'s home is done, said of the home ("%s"), then the lead is won', (t) => {
    expect(read(t).entities).toMatchObject({
      status: 'WON',
      lead: expect.stringMatching(/ravi kumar|meena iyer/),
    });
  });

  test.each([
    ['new lead: anil, pune, 98220 11223, src fb', 'Facebook'],
    ['add lead anil pune 9822011223 src: insta', 'Instagram'],
  ])('when the source is typed short ("%s"), then it is read', (t, source) => {
    expect(read(t).entities.source).toBe(source);
  });

  test.each<[string, string]>([
    ['put meena iyer on follow up and call her next week', 'call her next week'],
    ['move ravi kumar to follow up and send him the brochure', 'send him the brochure'],
  ])('when a next step is said after the follow-up ("%s"), then it is the note', (t, notes) => {
    expect(read(t).entities).toMatchObject({ status: 'FOLLOW_UP', notes });
  });

  test('when the follow-up is asked for "after" something, then what follows "after" is when, not a note', () => {
    const { entities } = read('ravi kumar is abroad all of next week so he said call me after he is back');
    expect(entities.status).toBe('FOLLOW_UP');
    expect(entities.notes).toBeUndefined();
  });

  test.each([
    'i guess meena iyer is lost, need to confirm once',
    'ravi kumar is probably won, i will confirm tomorrow',
    'i suppose meena iyer is not interested, need to check once',
  ])('when the speaker is not sure of the status ("%s"), then it is asked', (t) => {
    expect(asksOrNothing(t)).toBe(true);
    expect(understandWithRules(t).actions[0]?.intent).toBe('LEAD_UPDATE');
  });
});

describe('held-out sets 127–131 classes', () => {
  test.each([
    'meena iyer came along with her friend and the friend liked the flat so much that she booked one for herself',
    'ravi kumar came with his colleague and he booked a flat in b wing',
    'meena iyer visited with her sister and she paid the token',
  ])('when "he"/"she" may be the companion the story brought in ("%s"), then nothing is written', (t) => {
    expect(asksOrNothing(t)).toBe(true);
  });

  test.each([
    'ravi kumar came to the office with his wife and she paid the token amount',
    'meena iyer came with her brother and she paid the token',
  ])('when the pronoun is the household or cannot be the companion ("%s"), then the lead is won', (t) => {
    expect(read(t).entities.status).toBe('WON');
  });

  test.each<[string, string]>([
    ['new lead guys, naam hai kiran rao, pune se, 9822011223', 'Kiran Rao'],
    ['team please add a lead name is anil mehta from pune 9822011223', 'Anil Mehta'],
    ['hello everyone new lead sunita rao from nagpur 9822011223', 'Sunita Rao'],
  ])('when the speaker addresses the team before the name ("%s"), then the address is no name', (t, name) => {
    expect(read(t).entities.name).toBe(name);
  });

  test.each([
    'ravi kumar has paid the token so please make him won okay bye',
    'meena iyer signed the agreement, make her won thanks',
  ])('when the lead is "made" won ("%s"), then it is an update', (t) => {
    expect(read(t).entities.status).toBe('WON');
  });

  test.each([
    'we handed over the keys to ravi kumar today',
    'handed over the keys of the flat to meena iyer this morning',
  ])('when the keys are handed to the lead ("%s"), then the lead is won', (t) => {
    expect(read(t).entities).toMatchObject({
      status: 'WON',
      lead: expect.stringMatching(/ravi kumar|meena iyer/),
    });
  });

  test.each([
    'ravi kumar is out of town this week call him on monday',
    'meena iyer is travelling till friday, call her next week',
  ])('when the lead is away and a later call is asked ("%s"), then it is a follow-up', (t) => {
    expect(read(t).entities.status).toBe('FOLLOW_UP');
  });

  test.each([
    'ravi kumar has liked the flat and his loan file is with the bank so things are moving',
    'meena iyer is keen and things are moving forward',
  ])('when things are said to be moving ("%s"), then the talks are in progress', (t) => {
    expect(read(t).entities).toMatchObject({
      status: 'IN_PROGRESS',
      lead: expect.stringMatching(/^(?:ravi kumar|meena iyer)$/),
    });
  });

  test.each([
    "meena iyer's son has bought a flat for her in gurgaon so she does not need ours",
    'ravi kumar told me he does not need our flat any more',
  ])('when the lead no longer needs ours ("%s"), then the lead is lost', (t) => {
    expect(read(t).entities.status).toBe('LOST');
  });

  test('when the token is asked back, then it is asked about', () => {
    expect(asksOrNothing('ravi kumar wants his token amount refunded')).toBe(true);
    expect(understandWithRules('ravi kumar wants his token amount refunded').actions[0]?.intent).toBe(
      'LEAD_UPDATE',
    );
  });

  test('when "won" is heard as "one" in "has one the deal", then it is asked', () => {
    const [action] = understandWithRules('ravi kumar has one the deal').actions;
    expect(action?.intent).toBe('LEAD_UPDATE');
    expect(asksOrNothing('ravi kumar has one the deal')).toBe(true);
  });

  test('when a list of statuses follows a heading word ("updates"), then each lead is its own update', () => {
    expect(
      readAll('updates ravi won, meena follow up, anil lost').map((r) => [
        r.entities.lead,
        r.entities.status,
      ]),
    ).toEqual([
      ['ravi', 'WON'],
      ['meena', 'FOLLOW_UP'],
      ['anil', 'LOST'],
    ]);
  });

  test('when visits are listed after "tomorrow\'s visits" without commas, then each is booked at its hour', () => {
    expect(
      readAll("tomorrow's visits ravi kumar at ten meena iyer at twelve and anil mehta at three pm").map(
        (r) => [r.entities.lead, r.entities.visit_time],
      ),
    ).toEqual([
      ['ravi kumar', '2025-10-05T10:00:00+05:30'],
      ['meena iyer', '2025-10-05T12:00:00+05:30'],
      ['anil mehta', '2025-10-05T15:00:00+05:30'],
    ]);
  });

  test('when two leads are met and one wants to come back at a time but the other is not interested, then both are read', () => {
    expect(
      readAll(
        'met ravi kumar and meena iyer at the site today ravi kumar wants to come back with his wife on sunday at four but meena iyer is not interested',
      ).map((r) => [r.intent, r.entities.lead]),
    ).toEqual([
      ['VISIT_SCHEDULE', 'ravi kumar'],
      ['LEAD_UPDATE', 'meena iyer'],
    ]);
  });

  test('when the story before a follow-up asked "then" says why, then it is no note', () => {
    const { entities } = read(
      'meena iyer is interested but her husband is posted in assam right now and comes home only next month so she asked me to follow up then',
    );
    expect(entities.status).toBe('FOLLOW_UP');
    expect(entities.notes).toBeUndefined();
  });

  test('when the speaker tells their own leave, then no visit is asked', () => {
    expect(understandWithRules('i am on leave tomorrow so please handle my visits').actions[0]?.intent).toBe(
      'UNKNOWN',
    );
  });
});

describe('held-out sets 132–136 classes', () => {
  test.each([
    "meena iyer's sale agreement got registered today",
    'ravi kumar took possession of his flat this morning',
    'meena iyer has taken possession of the villa',
  ])('when the papers are registered or possession is taken ("%s"), then the lead is won', (t) => {
    expect(read(t).entities.status).toBe('WON');
  });

  test.each(['ravi kumar said a clear no to the offer', 'meena iyer said a firm no to our proposal'])(
    'when the lead said no to the offer ("%s"), then the lead is lost',
    (t) => {
      expect(read(t).entities.status).toBe('LOST');
    },
  );

  test.each([
    'ravi kumar will decide once he gets his bonus in august',
    'meena iyer is waiting for her husband to come back from dubai before deciding',
    'ravi kumar will take a call only after his daughter joins college',
  ])('when the decision waits for something later ("%s"), then it is a follow-up', (t) => {
    expect(read(t).entities.status).toBe('FOLLOW_UP');
  });

  test.each([
    'meena iyer wants a better rate on the floor rise and we are discussing it',
    'ravi kumar is seriously considering the three bhk',
    'meena iyer is considering the corner flat',
  ])('when the talks or the lead\'s consideration go on ("%s"), then it is in progress', (t) => {
    expect(read(t).entities.status).toBe('IN_PROGRESS');
  });

  test.each([
    'ravi kumar booked a flat in our other project in thane',
    'meena iyer bought a villa in our new project at lonavala',
  ])('when the lead bought in a project of ours ("%s"), then the lead is won, never lost', (t) => {
    expect(read(t).entities.status).toBe('WON');
  });

  test.each([
    ['naya lead likho naam anil kapoor shahar pune mobile 9822011223', 'Anil Kapoor', 'Pune'],
    ['new lead naam sunita rao sheher nagpur 9822011224', 'Sunita Rao', 'Nagpur'],
  ])(
    'when the city is said as "shahar" ("%s"), then it is the city, never part of the name',
    (t, name, city) => {
      expect(read(t).entities).toMatchObject({ name, city });
    },
  );

  test.each([
    'ravi kumar ke bhai ne dusri jagah flat le liya',
    'meena iyer ki behen ne token de diya',
    'ravi kumar ke dost ko flat pasand nahi aaya',
  ])('when a relation is said in Hindi ("%s"), then the news is the relation\'s, not the lead\'s', (t) => {
    expect(asksOrNothing(t)).toBe(true);
  });

  test.each(['ravi kumar ne booking kar li hai', 'meena iyer ne flat book kar liya'])(
    'when the booking is told in Hindi ("%s"), then the lead is won',
    (t) => {
      expect(read(t).entities.status).toBe('WON');
    },
  );

  test.each(['meena iyer bol rahi hai baad mein call karna', 'ravi kumar ko baad mein phone karna'])(
    'when a later call is asked in Hindi ("%s"), then it is a follow-up',
    (t) => {
      expect(read(t).entities.status).toBe('FOLLOW_UP');
    },
  );

  test.each([
    ['got a dm on insta from priya rao she is in pune her number 9822011223', 'Priya Rao'],
    ['received a message on whatsapp from anil mehta of nagpur his number is 98220 11224', 'Anil Mehta'],
  ])('when a message from a person with a number is told ("%s"), then it is a new lead', (t, name) => {
    const { intent, entities } = read(t);
    expect(intent).toBe('LEAD_CREATE');
    expect(entities.name).toBe(name);
  });

  test('when a request is taken back and another said after it, then the other is read', () => {
    expect(read('forget that, mark ravi kumar as follow up').entities).toMatchObject({
      lead: 'ravi kumar',
      status: 'FOLLOW_UP',
    });
    expect(read('actually forget that mark meena iyer as won').entities).toMatchObject({
      lead: 'meena iyer',
      status: 'WON',
    });
  });

  test.each([
    'remind ravi kumar about his visit tomorrow',
    'send meena iyer a reminder for the site visit on monday',
  ])('when a reminder is asked ("%s"), then no visit is booked', (t) => {
    expect(understandWithRules(t).actions[0]?.intent).toBe('UNKNOWN');
  });

  test.each([
    'ravi kumar is still not sure whether to buy now or wait for the prices to drop',
    "meena iyer's loan got rejected and she cannot buy now",
  ])('when the lead is undecided or cannot buy now ("%s"), then the status is asked', (t) => {
    expect(understandWithRules(t).actions[0]?.intent).toBe('LEAD_UPDATE');
    expect(asksOrNothing(t)).toBe(true);
  });
});

describe('held-out sets 137–141 classes', () => {
  test.each<[string, string]>([
    ['ravi kumar has backed off from the deal', 'LOST'],
    ['meena iyer pulled out of the purchase', 'LOST'],
    ['ravi kumar wants to revisit the decision next month', 'FOLLOW_UP'],
    ['meena iyer asked us to get in touch after two weeks', 'FOLLOW_UP'],
    ['ravi kumar said to reconnect in a month', 'FOLLOW_UP'],
    ['ravi kumar is bargaining hard on the price', 'IN_PROGRESS'],
    ['meena iyer is haggling over the parking charges', 'IN_PROGRESS'],
    ['ravi kumar is very positive about the deal', 'IN_PROGRESS'],
    ['meena iyer has shortlisted our project along with one more', 'IN_PROGRESS'],
  ])('when the status is told in other words ("%s"), then it is %s', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });

  test("when the lead's parents said no and she dropped the plan, then the lead is lost", () => {
    expect(read("meena iyer's parents said no so she has dropped the plan").entities).toMatchObject({
      lead: 'meena iyer',
      status: 'LOST',
    });
  });

  test.each([
    "my colleague will visit ravi kumar's office tomorrow at eleven",
    "i will go to meena iyer's house on monday at 4 to collect the cheque",
  ])('when our side visits the lead ("%s"), then no site visit is booked', (t) => {
    expect(understandWithRules(t).actions[0]?.intent).not.toBe('VISIT_SCHEDULE');
  });

  test('when a thing is booked for the lead and no visit is said, then no visit is booked', () => {
    expect(
      understandWithRules('booked a table for meena iyer and her family on sunday at 8').actions[0]?.intent,
    ).toBe('UNKNOWN');
  });

  test("when a cab is booked for the lead's visit at a time, then the visit is booked then (set 88)", () => {
    expect(read('booked a cab for ravi kumar for his visit tomorrow at ten').entities.visit_time).toBe(
      '2025-10-05T10:00:00+05:30',
    );
  });

  test('when the visit is moved to "the day after at the same time", then it is the next day at that hour', () => {
    expect(
      read("ravi kumar's visit is tomorrow at eleven but move it to the day after at the same time").entities
        .visit_time,
    ).toBe('2025-10-06T11:00:00+05:30');
  });

  test.each([
    ['ravi kumar will come around five ish tomorrow evening', '2025-10-05T17:00:00+05:30'],
    ['meena iyer this coming monday ten thirty in the morning', '2025-10-06T10:30:00+05:30'],
  ])('when the hour is said loosely or the visit dictated ("%s"), then it is booked', (t, time) => {
    expect(read(t).entities.visit_time).toBe(time);
  });

  test('when the compared rivals are joined by "and", then the note is the later decision, whole', () => {
    expect(
      read('meena iyer is comparing us with godrej and lodha and she will decide after seeing the numbers')
        .entities.notes,
    ).toBe('she will decide after seeing the numbers');
  });

  test('when the number of a relation is given to us, then the source is a referral', () => {
    expect(
      read('ravi kumar gave me the number of his colleague anil mehta who is from pune, 98220 11223')
        .entities,
    ).toMatchObject({ name: 'Anil Mehta', source: 'Referral' });
  });

  test('when the lead complains about the site, then no status is read', () => {
    expect(
      asksOrNothing(
        'meena iyer complained that the lift was not working when she came and the guard was rude',
      ),
    ).toBe(true);
    expect(
      understandWithRules(
        'meena iyer complained that the lift was not working when she came and the guard was rude',
      ).actions[0]?.intent,
    ).toBe('UNKNOWN');
  });
});

describe('held-out sets 142–146 classes', () => {
  test.each([
    ['add lead ravi kumar from madras 9840011223', 'Madras'],
    ['new lead meena iyer from poona 9822011223', 'Poona'],
  ])('when the city is said by its old name ("%s"), then it is the city as said', (t, city) => {
    expect(read(t).entities).toMatchObject({ city });
    expect(read(t).entities.locality).toBeUndefined();
  });

  test('when "lost" is followed by where the lead bought, then that is its note', () => {
    expect(read('meena iyer - lost - bought in lonavala').entities).toMatchObject({
      status: 'LOST',
      notes: 'bought in lonavala',
    });
  });

  test('when ten is said "dus" in Hindi, then it is the hour', () => {
    expect(read('ravi kumar kal subah dus baje aayenge').entities.visit_time).toBe(
      '2025-10-05T10:00:00+05:30',
    );
  });
});

describe('held-out sets 147–148 classes', () => {
  test.each([
    ['new lead from the expo stall anil mehta from pune 9822011223', 'Anil Mehta'],
    ['enquiry from our facebook page sunita rao nagpur 9822011224', 'Sunita Rao'],
  ])(
    'when the source is said with its stall or page ("%s"), then that word is no part of the name',
    (t, name) => {
      expect(read(t).entities.name).toBe(name);
    },
  );

  test('when the talks go on, said clipped ("still talking to us"), then it is in progress', () => {
    expect(read('meena iyer still talking to us on price').entities.status).toBe('IN_PROGRESS');
  });

  test.each(['long day met six clients nothing closed', 'nobody booked today'])(
    'when the status is of no one ("%s"), then no request is read',
    (t) => {
      expect(understandWithRules(t).actions[0]?.intent).toBe('UNKNOWN');
    },
  );
});

describe('held-out sets 149–150 classes', () => {
  test.each<[string, string]>([
    ['ravi kumar has sealed the deal', 'WON'],
    ['meena iyer blocked the corner flat with a token of one lakh', 'WON'],
    ['ravi kumar completed the booking formalities today', 'WON'],
    ['meena iyer has shelved her plan to buy', 'LOST'],
    ['ravi kumar is no longer in the market for a house', 'LOST'],
    ['meena iyer asked us to circle back after the holidays', 'FOLLOW_UP'],
    ['ravi kumar has not decided yet call him on friday', 'FOLLOW_UP'],
    ['meena iyer is going through the draft agreement with her lawyer', 'IN_PROGRESS'],
    ['ravi kumar has warmed up to the idea after the second visit', 'IN_PROGRESS'],
    ['meena iyer is talking numbers with us', 'IN_PROGRESS'],
  ])('when the status is told in a field team\'s words ("%s"), then it is %s', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });

  test.each([
    ['ravi kumar ne aaj cheque de diya booking ke liye', 'WON'],
    ['meena iyer ne booking ke liye cheque de diya', 'WON'],
  ])('when the booking cheque is given, said in Hindi ("%s"), then the lead is won', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });

  test('when a lead of two names is talked with ("ke saath baat hui"), then the visit is that lead\'s', () => {
    expect(
      read('ravi kumar ke saath baat hui woh shukravar ko shaam chhe baje aayenge').entities,
    ).toMatchObject({
      lead: 'ravi kumar',
      visit_time: '2025-10-10T18:00:00+05:30',
    });
  });
});

describe('a status verb with a deal for its object, in any combination', () => {
  test.each<[string, string]>([
    ['ravi kumar locked the deal', 'WON'],
    ['meena iyer nailed the booking today', 'WON'],
    ['ravi kumar secured the corner flat', 'WON'],
    ['meena iyer has accepted our final offer', 'WON'],
    ['ravi kumar turned down our offer', 'LOST'],
    ['meena iyer refused the revised proposal', 'LOST'],
    ['ravi kumar has abandoned the purchase', 'LOST'],
    ['meena iyer is weighing the offer', 'IN_PROGRESS'],
    ['ravi kumar is exploring the three bhk option', 'IN_PROGRESS'],
    ['meena iyer is evaluating our proposal', 'IN_PROGRESS'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });

  test.each([
    'ravi kumar locked the door of the sample flat',
    'meena iyer turned down the music in the car',
    "the bank rejected ravi kumar's proposal",
  ])('when the verb is said of no deal of the lead\'s ("%s"), then nothing is written', (t) => {
    expect(asksOrNothing(t)).toBe(true);
  });
});

describe('held-out set 151 classes', () => {
  test.each<[string, string]>([
    ['ravi kumar put down the booking money today', 'WON'],
    ['meena iyer deposited the token amount this morning', 'WON'],
    ['ravi kumar is not pursuing the purchase anymore', 'LOST'],
    ['meena iyer is no longer pursuing the flat', 'LOST'],
    ['ravi kumar told me to check back with him at the end of the month', 'FOLLOW_UP'],
    ['meena iyer is in the second round of price talks', 'IN_PROGRESS'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });
});

describe('held-out sets 152–153 classes', () => {
  test.each([
    [
      'i met meena iyer at the site and ravi kumar called me while i was there to say he is not interested anymore',
      'ravi kumar',
      'LOST',
    ],
    ['meena iyer told me that ravi kumar has booked a flat with us', 'ravi kumar', 'WON'],
    ['ravi kumar said that meena iyer has dropped the plan', 'meena iyer', 'LOST'],
  ])(
    'when a second person is the subject of the news ("%s"), then the update is theirs',
    (t, lead, status) => {
      expect(read(t).entities).toMatchObject({ lead, status });
    },
  );

  test('when "book him" follows a second person\'s wish, then the visit is that person\'s', () => {
    expect(
      read('meena iyer is fine but ravi kumar wants to come again so book him for friday at five').entities
        .lead,
    ).toBe('ravi kumar');
  });

  test('when two leads\' statuses are joined by "while", then each is its own update', () => {
    expect(
      readAll('ravi kumar has paid the token while meena iyer is still thinking about it').map((r) => [
        r.entities.lead,
        r.entities.status,
      ]),
    ).toEqual([
      ['ravi kumar', 'WON'],
      ['meena iyer', 'IN_PROGRESS'],
    ]);
  });

  test('when two leads are booked "together", then each is booked at that time', () => {
    expect(
      readAll('book ravi kumar and meena iyer together for sunday at noon').map((r) => [
        r.entities.lead,
        r.entities.visit_time,
      ]),
    ).toEqual([
      ['ravi kumar', '2025-10-05T12:00:00+05:30'],
      ['meena iyer', '2025-10-05T12:00:00+05:30'],
    ]);
  });

  test.each([
    'meena iyer has a meeting with her bank on monday at eleven',
    'ravi kumar is meeting his lawyer tomorrow at 4',
  ])('when the lead meets a third party ("%s"), then no visit is booked', (t) => {
    expect(understandWithRules(t).actions[0]?.intent).toBe('UNKNOWN');
  });

  test('when the speaker decides not to disturb the lead for some time, then it is a follow-up', () => {
    expect(
      read('ravi kumar lost his father last week so let us not disturb him for some time').entities.status,
    ).toBe('FOLLOW_UP');
  });
});

describe('held-out set 154 classes', () => {
  test('when the second lead\'s state is said with "still" after "while", then it is an update of its own', () => {
    expect(
      readAll('ravi kumar booked the villa while meena iyer is still negotiating').map((r) => [
        r.entities.lead,
        r.entities.status,
      ]),
    ).toEqual([
      ['ravi kumar', 'WON'],
      ['meena iyer', 'IN_PROGRESS'],
    ]);
  });
});

describe('a lead said with an alternative, or a pronoun that may be either of two people', () => {
  test('when two leads are said as alternatives ("meena or ravi"), then the lead is asked', () => {
    const [action] = understandWithRules('book meena iyer or ravi kumar for monday at 4').actions;
    expect(action?.intent).toBe('VISIT_SCHEDULE');
    expect(asksOrNothing('book meena iyer or ravi kumar for monday at 4')).toBe(true);
  });

  test.each([
    'meena iyer told me ravi kumar is keen so book her for monday at 4',
    'meena iyer told me that ravi kumar is keen so mark him in progress',
  ])('when "him"/"her" may be the one who told or the one told of ("%s"), then the lead is asked', (t) => {
    expect(asksOrNothing(t)).toBe(true);
  });

  test('when the later subject is not news passed on, then "him" is still the nearest subject', () => {
    expect(
      read('meena iyer is fine but ravi kumar wants to buy so mark him in progress').entities,
    ).toMatchObject({
      lead: 'ravi kumar',
      status: 'IN_PROGRESS',
    });
  });
});

describe('held-out sets 155–160 classes', () => {
  test.each<[string, string]>([
    ['meena iyer gave us the three post dated cheques for the down payment', 'WON'],
    ['ravi kumar has handed over the post dated cheque for the token amount', 'WON'],
    ['meena iyer is still weighing her options', 'IN_PROGRESS'],
    ['ravi kumar and his wife are weighing the two flats', 'IN_PROGRESS'],
    ['meena iyer is evaluating both projects', 'IN_PROGRESS'],
    ['ravi kumar put his money into a plot from another developer', 'LOST'],
    ['meena iyer has parked her savings in a project elsewhere', 'LOST'],
    ['ravi kumar is buying a resale flat instead', 'LOST'],
    ["meena iyer asked me to call her once her son's wedding is done", 'FOLLOW_UP'],
    ['ravi kumar said to ring him when the bonus comes in', 'FOLLOW_UP'],
    ['meena iyer ko kal phir se call karna hai', 'FOLLOW_UP'],
    ['call ravi kumar again on monday', 'FOLLOW_UP'],
    ['ravi kumar ko agle hafte dobara call karna', 'FOLLOW_UP'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });

  test('when a status said as "… out" has its own "of the race", then that is no note', () => {
    expect(read('ravi kumar dropped out of the race last week').entities).toMatchObject({ status: 'LOST' });
    expect(read('ravi kumar dropped out of the race last week').entities.notes).toBeUndefined();
    expect(
      read('meena iyer has pulled out of the running, she is buying near her parents instead').entities,
    ).toMatchObject({ status: 'LOST', notes: 'she is buying near her parents instead' });
  });

  test.each([
    'meena iyer asked if the visit on saturday can be at the clubhouse',
    'ravi kumar wanted to know whether the token can be paid next week',
    'meena iyer was asking whether we have closed the booking for the corner unit',
  ])('when the lead\'s question is reported ("%s"), then nothing is written or asked', (t) => {
    expect(understandWithRules(t).actions.map((action) => action.intent)).toEqual(['UNKNOWN']);
  });

  test('when a request is said after the question passed on, then the request stands', () => {
    expect(
      read('meena iyer asked if her parents can also see the flat, so book her for sunday at 5').entities,
    ).toMatchObject({ lead: 'meena iyer', visit_time: '2025-10-05T17:00:00+05:30' });
  });

  test.each([
    'the site office is closed on monday, so no visits',
    'the bank was closed so ravi kumar could not get the draft',
    'the registrar office will remain closed till the fifth',
  ])('when a place is closed ("%s"), then no status is read', (t) => {
    expect(understandWithRules(t).actions.map((action) => action.intent)).toEqual(['UNKNOWN']);
  });
});

describe('held-out sets 161–165 classes', () => {
  test.each<[string, string]>([
    [
      'meena iyer called, her husband got a job in pune so they are not going ahead with the purchase',
      'LOST',
    ],
    ['ravi kumar and his wife are working out the payment plan with our accounts team', 'IN_PROGRESS'],
    ['meena iyer has stopped answering, i will try her once more after diwali', 'FOLLOW_UP'],
    ['ravi kumar messaged that the booking transfer is done', 'WON'],
    ['meena iyer needs a little more time to arrange the funds', 'FOLLOW_UP'],
    ['ravi kumar has gone silent, reach out to him again next month', 'FOLLOW_UP'],
    ['meena iyer asked me to keep her informed about the new tower', 'FOLLOW_UP'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });

  test('when a day opens the story ("yesterday evening"), then it is when the story happened, not the visit', () => {
    expect(
      read('yesterday evening ravi kumar came to the site and wants to come back on sunday at 11').entities,
    ).toMatchObject({ lead: 'ravi kumar', visit_time: '2025-10-05T11:00:00+05:30' });
    expect(
      read('today morning meena iyer came with her mother, they want to come back on sunday at 11').entities,
    ).toMatchObject({ lead: 'meena iyer', visit_time: '2025-10-05T11:00:00+05:30' });
  });

  test('when a note opens with something else and names the lead later, then "he" is that lead', () => {
    expect(
      read(
        'long drive today, ravi kumar finally picked up and said he bought a flat in thane, so that is over',
      ).entities,
    ).toMatchObject({ lead: 'ravi kumar', status: 'LOST' });
  });

  test('when "she says" passes on news of a named lead, then the update is that lead\'s', () => {
    expect(
      read('ravi kumar called about meena iyer, he says meena has booked with us').entities,
    ).toMatchObject({ lead: 'meena iyer', status: 'WON' });
  });

  test('when a relation is named ("his friend meena iyer has …"), then the named one is the subject', () => {
    expect(read("ravi kumar's friend meena iyer has paid the token").entities).toMatchObject({
      lead: 'meena iyer',
      status: 'WON',
    });
    expect(understandWithRules("ravi kumar's friend has paid the token").actions[0]?.intent).toBe('UNKNOWN');
  });

  test('when "she" follows a companion named after "his", then the visit is the companion\'s', () => {
    expect(
      read('ravi kumar came with his colleague meena iyer and she wants a visit on monday at noon').entities
        .lead,
    ).toBe('meena iyer');
    // Nothing tells which of the two "she" is: both are asked about.
    const [either] = understandWithRules(
      'meena iyer came with her friend tina and she wants a visit on monday at noon',
    ).actions;
    expect(either?.said.lead_reference).toBe('meena iyer or tina');
    expect(
      asksOrNothing('meena iyer came with her friend tina and she wants a visit on monday at noon'),
    ).toBe(true);
  });

  test('when a report comes before a whole request of its own, then the report writes nothing', () => {
    expect(
      readAll('meena iyer referred her neighbour, book ravi kumar for wednesday at 5').map((r) => [
        r.intent,
        r.entities.lead,
      ]),
    ).toEqual([['VISIT_SCHEDULE', 'ravi kumar']]);
  });

  test('when a request after one about a lead names no lead, then it is about that lead', () => {
    expect(
      readAll('ravi kumar is keen on the corner unit, let us fix a visit for saturday at 4').map((r) => [
        r.intent,
        r.entities.lead,
      ]),
    ).toEqual([
      ['LEAD_UPDATE', 'ravi kumar'],
      ['VISIT_SCHEDULE', 'ravi kumar'],
    ]);
  });

  test('when a friend "suggested his cousin, X, …", then X is the new lead, a referral', () => {
    expect(
      read('my colleague suggested her cousin, anita desai, from pune, 98220 11223, add her').entities,
    ).toMatchObject({ name: 'Anita Desai', source: 'Referral', city: 'Pune' });
  });
});

describe('held-out sets 166–170 classes', () => {
  test('when a reason typed in brackets is itself a status fact, then the note has no bracket left', () => {
    expect(read('ravi kumar lost (bought from godrej)').entities).toMatchObject({
      status: 'LOST',
      notes: 'bought from godrej',
    });
  });

  test('when "note that …" follows the status, then what follows "that" is the note', () => {
    expect(read('mark meena iyer as follow up and note that her son is abroad').entities).toMatchObject({
      status: 'FOLLOW_UP',
      notes: 'her son is abroad',
    });
    // ("note that down" is no note of its own.)
    expect(read('mark meena iyer as follow up, note that down').entities.notes).toBeUndefined();
  });

  test('"agle mahine call karna" is a call next month', () => {
    expect(read('ravi kumar abhi busy hai, agle mahine call karna').entities.status).toBe('FOLLOW_UP');
  });
});

describe('held-out sets 171–175 classes', () => {
  test.each<[string, string]>([
    ['ravi kumar was upset and told us not to call him again', 'LOST'],
    ['meena iyer went to the godrej launch on sunday and booked a unit there', 'LOST'],
    ['ravi kumar has given us the green signal', 'WON'],
    ['meena iyer says the offer is still on the table', 'IN_PROGRESS'],
    ['ravi kumar has switched to a different builder', 'LOST'],
    ['meena iyer is at an advanced stage of negotiation', 'IN_PROGRESS'],
    ['had lunch with ravi kumar, he wants time till the new year, so follow up then', 'FOLLOW_UP'],
    ["meena iyer missed today's site visit and is not answering, try her again on monday", 'FOLLOW_UP'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });

  test('when the lead asks not to be disturbed for a while only, then it is a follow-up, no loss', () => {
    expect(read('ravi kumar asked us not to disturb him till march').entities.status).toBe('FOLLOW_UP');
    expect(read('meena iyer told me not to call her before the 15th').entities.status).toBe('FOLLOW_UP');
  });

  test('when moving to another city is told, then no status is written', () => {
    expect(asksOrNothing('ravi kumar moved to another city')).toBe(true);
  });

  test('when a preposition follows the name ("ravi kumar near his office"), then it is not part of it', () => {
    expect(read('spoke to ravi kumar near his office, so follow up then').entities.lead).toBe('ravi kumar');
  });

  test('when letters said alone open a new lead\'s name ("a k sharma"), then they are its initials', () => {
    expect(read('add lead a k sharma from delhi 98110 11231').entities.name).toBe('A K Sharma');
    expect(read('add a lead rose mathew from kottayam 98470 11229').entities.name).toBe('Rose Mathew');
  });
});

describe('"let\'s" opens a request of its own', () => {
  test('when "let\'s fix …" follows a state without a stop, then it is a second request, not a note', () => {
    expect(
      readAll('ravi kumar liked the flat he is keen let us fix a visit for saturday at 4').map((r) => [
        r.intent,
        r.entities.notes,
      ]),
    ).toEqual([
      ['LEAD_UPDATE', undefined],
      ['VISIT_SCHEDULE', undefined],
    ]);
  });
});

describe('held-out sets 176–180 classes', () => {
  test.each<[string, string]>([
    ['ravi kumar has put his signature on the sale agreement', 'WON'],
    ['meena iyer has made up her mind to buy somewhere else', 'LOST'],
    ['ravi kumar is taking his own time', 'FOLLOW_UP'],
    ['meena iyer has cleared the balance amount', 'WON'],
    ['ravi kumar is still mulling over it', 'IN_PROGRESS'],
    ['meena iyer will only be able to decide in march', 'FOLLOW_UP'],
    ['ravi kumar has lost all interest', 'LOST'],
    ['meena iyer has initiated the home loan process', 'IN_PROGRESS'],
    ['ravi kumar would like to wait until his son finishes college', 'FOLLOW_UP'],
    ["meena iyer's husband said they have decided to drop the idea", 'LOST'],
    ["ravi kumar's wife said they will wait for six months", 'FOLLOW_UP'],
    ["meena iyer's father is in hospital so they have put off the decision till march", 'FOLLOW_UP'],
    ['sorry to disturb, meena iyer needs a follow up next week', 'FOLLOW_UP'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });

  test('when the lead will "wait for" something, then "wait" is the verb, not a repair', () => {
    expect(read('book ravi kumar for friday at 4 wait 5').entities.visit_time).toBe(
      '2025-10-10T17:00:00+05:30',
    );
  });

  test('when a ride is booked for a visit already set, then no visit is booked', () => {
    expect(
      understandWithRules("meena iyer's son booked a cab for her visit on sunday at 11").actions[0]?.intent,
    ).toBe('UNKNOWN');
  });

  test('when someone calls on behalf of a lead, then "he"/"she" after it is that lead', () => {
    expect(read('meena iyer called on behalf of ravi kumar, he has paid the token').entities).toMatchObject({
      lead: 'ravi kumar',
      status: 'WON',
    });
  });

  test('when "and so is X" follows a status, then X gets the same status', () => {
    expect(
      readAll('ravi kumar is lost and so is meena iyer').map((r) => [r.entities.lead, r.entities.status]),
    ).toEqual([
      ['ravi kumar', 'LOST'],
      ['meena iyer', 'LOST'],
    ]);
  });

  test('when "book both of them" follows a visit wished with someone, then both are booked', () => {
    expect(
      readAll('ravi kumar wants to come with meena iyer on sunday at 4, book both of them').map((r) => [
        r.entities.lead,
        r.entities.visit_time,
      ]),
    ).toEqual([
      ['ravi kumar', '2025-10-05T16:00:00+05:30'],
      ['meena iyer', '2025-10-05T16:00:00+05:30'],
    ]);
  });

  test('when a story ends "so i will follow up with her then" after a wait, then that is no note', () => {
    expect(
      read('meena iyer wants to wait till her deposit matures so i will follow up with her then').entities,
    ).toEqual({ lead: 'meena iyer', status: 'FOLLOW_UP' });
  });
});

describe('held-out sets 181–183 classes', () => {
  test.each<[string, string]>([
    ['meena iyer did the booking payment by upi this morning', 'WON'],
    ['ravi kumar is speaking to his bank about a home loan for our villa', 'IN_PROGRESS'],
    ['crazy day, ravi kumar signed everything, so he is our customer now', 'WON'],
    ['a rival developer offered meena iyer a free car park, so she is going with them', 'LOST'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });

  test('when a loan is only talked about with the bank, for no flat of ours, then no status is read', () => {
    expect(asksOrNothing('ravi kumar is talking to his bank about a car loan')).toBe(true);
  });
});

describe('held-out sets 184–185 classes', () => {
  test.each([
    "ravi kumar's train got cancelled so he is stuck in nagpur",
    'meena iyer said her wedding function was cancelled',
    'we closed the sales office early for the festival',
    'meena iyer closed her old bank account',
  ])('when a thing or a place is cancelled or closed ("%s"), then no status is read', (t) => {
    expect(understandWithRules(t).actions.map((action) => action.intent)).toEqual(['UNKNOWN']);
  });

  test('when "him" is asked for after a second person who needs something, then the update is theirs', () => {
    expect(
      read('meena iyer is fine, ravi kumar needs a call next week so mark him follow up').entities,
    ).toMatchObject({ lead: 'ravi kumar', status: 'FOLLOW_UP' });
  });
});

describe('held-out sets 186–187 classes', () => {
  test('"X ko do hafte baad call karna" is a call after two weeks', () => {
    expect(read('meena iyer ko teen hafte baad call karna').entities.status).toBe('FOLLOW_UP');
  });

  test("when a relation bought a home, said in Hindi, then it is the relation's news", () => {
    expect(understandWithRules('ravi kumar ke bhai ne ghar le liya').actions[0]?.intent).toBe('UNKNOWN');
    expect(understandWithRules('meena iyer ki behen ne flat le liya').actions[0]?.intent).toBe('UNKNOWN');
  });
});

describe('held-out set 188 classes', () => {
  test.each<[string, string]>([
    ['meena iyer has paid in full for the villa', 'WON'],
    ['ravi kumar wants to decide only after his transfer comes through', 'FOLLOW_UP'],
    ["ravi kumar's wife came alone and booked the flat in his name", 'WON'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });

  test('when "now X wants …" opens a part after another lead, then the visit is X\'s', () => {
    expect(
      read('meena iyer is done, now ravi kumar wants to see the flat on monday at 4').entities.lead,
    ).toBe('ravi kumar');
    expect(read('meena iyer is done now ravi kumar wants to see the flat on monday at 4').entities.lead).toBe(
      'ravi kumar',
    );
  });

  test('when an adverb in "-ly" follows a full name, then it is not part of the name', () => {
    expect(read('meena iyer politely said no to our offer').entities).toMatchObject({
      lead: 'meena iyer',
      status: 'LOST',
    });
    expect(read('add lead priya shelly from pune 98220 11111').entities.name).toBe('Priya Shelly');
  });
});

describe('held-out set 190 classes', () => {
  test('when a story concludes "so she is definitely still in the game", then that is its status, no note', () => {
    expect(
      read('meena iyer is comparing our towers and took both price lists, so she is surely still in the game')
        .entities,
    ).toEqual({ lead: 'meena iyer', status: 'IN_PROGRESS' });
  });

  test('when the lead is "now ready to see the site", then a visit is wished', () => {
    expect(read('ravi kumar is now ready to see the site on saturday at 10').entities).toMatchObject({
      lead: 'ravi kumar',
      visit_time: '2025-10-11T10:00:00+05:30',
    });
  });
});

describe('given up on buying', () => {
  test.each<[string, string]>([
    ['ravi kumar has given up on buying', 'LOST'],
    ['meena iyer gave up on the purchase', 'LOST'],
    ['ravi kumar has given up on buying for now, maybe next year', 'FOLLOW_UP'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });
});

describe('company said with "come with"', () => {
  test.each([
    ['ravi kumar wants to come with meena iyer on sunday at 4', 'ravi kumar'],
    ['ravi kumar wants to visit with meena iyer on sunday at 4', 'ravi kumar'],
    ['sunita said ravi kumar will come with meena iyer on sunday at 4', 'ravi kumar'],
    ['book a visit with ravi kumar on sunday at 4', 'ravi kumar'],
  ])('"%s" is a visit for %s, not for the one who comes along', (t, lead) => {
    expect(read(t).entities.lead).toBe(lead);
  });

  test('when "book both of them" follows, then the one who wishes and the one who comes are booked', () => {
    expect(
      readAll('sunita said ravi kumar wants to come with meena iyer on sunday at 4, book both of them').map(
        (r) => r.entities.lead,
      ),
    ).toEqual(['ravi kumar', 'meena iyer']);
  });
});

describe('held-out sets 191–195 classes', () => {
  test.each([
    'ravi kumar cancelled his club membership',
    'meena iyer cancelled her trip to goa because of the rain',
    'we lost electricity at the sales office this morning',
    'ravi kumar lost money in the stock market',
    'meena iyer has cancelled the dinner plan with us',
  ])('"%s" is something of their own lost or called off: no status written', (t) => {
    expect(asksOrNothing(t)).toBe(true);
  });

  test.each<[string, string]>([
    ['ravi kumar cancelled his booking', 'LOST'],
    ['meena iyer has cancelled', 'LOST'],
    ['ravi kumar cancelled the purchase', 'LOST'],
    ['we lost ravi kumar to prestige', 'LOST'],
    ['meena iyer lost interest', 'LOST'],
  ])('"%s" is still %s', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });

  test.each<[string, string]>([
    ['ravi kumar is weighing his options', 'IN_PROGRESS'],
    ['meena iyer is still comparing', 'IN_PROGRESS'],
    ['ravi kumar is busy comparing both towers', 'IN_PROGRESS'],
    ['meena iyer is negotiating the parking charges', 'IN_PROGRESS'],
    ['ravi kumar asked for our account details to transfer the token', 'IN_PROGRESS'],
    ['meena iyer wants the bank details for the booking amount', 'IN_PROGRESS'],
  ])('"%s" is a deal still being weighed or about to be paid: %s', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });

  test.each<[string, string]>([
    ["the registration of ravi kumar's villa happened on monday", 'WON'],
    ["meena iyer's registry is done", 'WON'],
    ['ravi kumar said yes to the corner flat', 'WON'],
    ['meena iyer paid twenty percent today', 'WON'],
    ['ravi kumar has paid 10% of the amount', 'WON'],
  ])('"%s" is a sale made: %s', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });

  test.each([
    "the registration of ravi kumar's villa is on monday",
    'meena iyer wants to pay 10 percent only after possession',
  ])('"%s" is no sale yet', (t) => {
    expect(read(t).entities.status).not.toBe('WON');
  });

  test.each<[string, string]>([
    ['ravi kumar says they will look at flats after the exams', 'FOLLOW_UP'],
    ["meena iyer's father is unwell so they'll look at it after he recovers", 'FOLLOW_UP'],
  ])('"%s": a look put off until later is %s', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });

  test('when a lead "said no" at the end of a clause, then that lead is lost; the speaker saying no is not', () => {
    expect(read('ravi kumar said no').entities.status).toBe('LOST');
    expect(asksOrNothing('i said no to his discount request')).toBe(true);
    expect(asksOrNothing('ravi kumar said no problem he will come')).toBe(true);
  });

  test('when two leads met together each get their own news after a comma, then each is a request', () => {
    expect(
      readAll('ravi kumar and meena iyer came for the visit today, ravi paid the token, meena said no').map(
        (r) => [r.entities.lead, r.entities.status],
      ),
    ).toEqual([
      ['ravi kumar', 'WON'],
      ['meena iyer', 'LOST'],
    ]);
  });

  test('when a sale is "finalised with us", then "with us" is part of the fact and no note begins with it', () => {
    expect(read('meena iyer has finalised with us and the papers are ready').entities).toEqual({
      lead: 'meena iyer',
      status: 'WON',
      notes: 'the papers are ready',
    });
  });

  test('when a new person came along with a lead as a friend, then the source is not guessed', () => {
    expect(
      read(
        'ravi kumar came with his colleague arjun mehta who also wants a flat, his number is 98450 12345, from pune',
      ).entities,
    ).toEqual({ name: 'Arjun Mehta', phone: '+919845012345', city: 'Pune' });
  });

  test("when the day of a story is said before the visit's own day, then the visit takes its own day", () => {
    expect(
      read('ravi kumar brought his wife today, she wants to see it again before deciding, on monday at 5')
        .entities,
    ).toMatchObject({ lead: 'ravi kumar', visit_time: '2025-10-06T17:00:00+05:30' });
  });

  test('when a name stands alone between commas of a new lead, then it is the name', () => {
    expect(read('new lead from a walk in today, arjun mehta, lives in pune, 98450 12345').entities).toEqual({
      name: 'Arjun Mehta',
      phone: '+919845012345',
      city: 'Pune',
      source: 'Walk-in',
    });
  });
});

describe('a first thought, then another', () => {
  test.each<[string, string]>([
    ['ravi kumar first said yes to the corner flat but then he backed out', 'LOST'],
    ['meena iyer initially agreed to buy and then pulled out', 'LOST'],
    ['ravi kumar was first not interested but now he has paid the token', 'WON'],
  ])('"%s" is the later status, %s', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });

  test('when no turn follows, then two statuses are still asked about', () => {
    expect(asksOrNothing('ravi kumar first said yes to the corner flat and backed out')).toBe(true);
  });
});

describe('held-out sets 196–200 classes', () => {
  test.each([
    ['meena iyer is in progress, not follow up', { lead: 'meena iyer', status: 'IN_PROGRESS' }],
    ['ravi kumar found a cheaper flat in baner, so that is over', { lead: 'ravi kumar', status: 'LOST' }],
  ])('"%s": another status denied, or the status concluded, is no note', (t, entities) => {
    expect(read(t).entities).toEqual(entities);
  });

  test('when a visit of one lead and the status of another are listed with a comma, then both are requests', () => {
    expect(
      readAll('ravi kumar wants a second visit on monday at 4, meena iyer is not interested').map((r) => [
        r.intent,
        r.entities.lead,
      ]),
    ).toEqual([
      ['VISIT_SCHEDULE', 'ravi kumar'],
      ['LEAD_UPDATE', 'meena iyer'],
    ]);
  });

  test.each<[string, string]>([
    ['ravi kumar has shifted into his new villa', 'WON'],
    ['meena iyer and her husband are now looking somewhere else', 'LOST'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities.status).toBe(status);
  });

  test('when a known locality follows a full name with no cue, then it is the locality and its city', () => {
    expect(read('new lead sunil shetty andheri 98200 12345').entities).toEqual({
      name: 'Sunil Shetty',
      phone: '+919820012345',
      city: 'Mumbai',
      locality: 'Andheri',
    });
  });
});

describe('held-out sets 201–205 classes', () => {
  test.each<[string, string]>([
    ["ravi kumar's sale agreement has been finally executed", 'WON'],
    ['meena iyer told us to stop messaging her', 'LOST'],
    ['ravi kumar has turned down the project', 'LOST'],
    ['meena iyer is unable to afford it at the moment, maybe next year', 'FOLLOW_UP'],
    ['ravi kumar likes the flat, still negotiating', 'IN_PROGRESS'],
    ['meena iyer asked us to block a corner flat for her', 'IN_PROGRESS'],
    ["ravi kumar's documentation has begun", 'IN_PROGRESS'],
    ['meena iyer would like to go ahead', 'IN_PROGRESS'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status });
  });

  test.each([
    'meena iyer wants to go ahead with the site visit',
    'ravi kumar asked us to keep the car aside',
  ])('"%s" says no status', (t) => {
    expect(read(t).entities.status).toBeUndefined();
  });
});

describe('held-out sets 206–210 classes', () => {
  test.each<[string, string]>([
    ['meena iyer has become the proud owner of the corner villa', 'WON'],
    ["ravi kumar's possession letter was handed over", 'WON'],
    ["meena iyer's family nixed the deal", 'LOST'],
    ['ravi kumar shot down our proposal', 'LOST'],
    ['meena iyer is not moving ahead', 'LOST'],
    ['ravi kumar is arranging a housing loan with sbi for the flat', 'IN_PROGRESS'],
    ['meena iyer would like to bargain on the price', 'IN_PROGRESS'],
    ['ravi kumar is out of town, we can speak to him next week', 'FOLLOW_UP'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status });
  });

  test('when a past-tense verb follows "lost" with no stop, then it opens the reason, not the thing lost', () => {
    expect(read('ravi kumar lost chose a resale flat').entities).toEqual({
      lead: 'ravi kumar',
      status: 'LOST',
      notes: 'chose a resale flat',
    });
  });

  test('when a heading counts the updates, then it is no part of the first', () => {
    expect(readAll('three updates ravi kumar won and meena iyer lost').map((r) => r.entities)).toEqual([
      { lead: 'ravi kumar', status: 'WON' },
      { lead: 'meena iyer', status: 'LOST' },
    ]);
  });

  test('when a home is owned with no word that it is new, then no sale is read', () => {
    expect(read('ravi kumar is the owner of a flat in andheri').entities.status).toBeUndefined();
  });

  test('when a visit is only possible and no hour is said, then nothing is written or asked; with an hour it is asked', () => {
    expect(readAll('meena iyer might visit next month, not sure').map((r) => r.intent)).toEqual(['UNKNOWN']);
    expect(asksOrNothing('meena iyer might come on monday at 5')).toBe(true);
    expect(read('meena iyer might come on monday at 5').intent).toBe('VISIT_SCHEDULE');
  });
});

describe('held-out sets 211–215 classes', () => {
  test.each<[string, string]>([
    ['ravi kumar has cleared all his dues', 'WON'],
    ['meena iyer picked up the keys of her new apartment', 'WON'],
    ['ravi kumar has moved on', 'LOST'],
    ['meena iyer is done searching', 'LOST'],
    ['ravi kumar wants to stay in his current flat', 'LOST'],
    ['meena iyer has submitted the kyc papers for the booking', 'IN_PROGRESS'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status });
  });

  test.each<[string, string]>([
    ['the deal with ravi kumar finally went through', 'WON'],
    ["meena iyer's purchase fell apart", 'LOST'],
  ])('"%s" is %s, and the lead is named inside it', (t, status) => {
    expect(read(t).entities.status).toBe(status);
    expect(read(t).entities.lead).toMatch(/^(?:ravi kumar|meena iyer)$/);
  });

  test('when interest is in a thing that is no home, then no status is read', () => {
    expect(readAll('ravi kumar is interested in getting a new bike').map((r) => r.intent)).toEqual([
      'UNKNOWN',
    ]);
    expect(read('ravi kumar is interested in a bigger one').entities.status).toBe('IN_PROGRESS');
  });

  test('when a reason with "no" follows "lost", then it is the note', () => {
    expect(read('meena iyer lost no budget').entities).toEqual({
      lead: 'meena iyer',
      status: 'LOST',
      notes: 'no budget',
    });
  });

  test('when a follow-up fact is restated as "touch base" with when, then it is no note', () => {
    expect(read('ravi kumar wants time to think, touch base after diwali').entities).toEqual({
      lead: 'ravi kumar',
      status: 'FOLLOW_UP',
    });
  });
});

describe('held-out sets 211–215 classes, second pass', () => {
  test("when a ride or a ticket is booked in the lead's name, then it is no visit", () => {
    expect(readAll("book meena iyer's flight tickets for monday").map((r) => r.intent)).toEqual(['UNKNOWN']);
  });

  test('when the story says the lead could not come on a day, then that day is not the visit', () => {
    expect(
      read('because of the traffic ravi kumar could not come today, he will come on friday at 11').entities,
    ).toEqual({
      lead: 'ravi kumar',
      visit_time: '2025-10-10T11:00:00+05:30',
    });
  });

  test('when "let\'s" follows the status story, then it is no name', () => {
    expect(read("meena iyer is travelling so let's call her next week").entities.lead).toBe('meena iyer');
  });
});

describe('held-out sets 216–220 classes', () => {
  test.each<[string, string]>([
    ["ravi kumar's cheque for the token amount was encashed", 'WON'],
    ['meena iyer has locked in the corner villa', 'WON'],
    ['ravi kumar would like to go ahead with the purchase', 'IN_PROGRESS'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status });
  });

  test.each([
    'ravi kumar dropped his keys in the parking',
    'i lost my notes about meena iyer',
    "meena iyer's husband has given his nod",
  ])('"%s" says no status', (t) => {
    expect(asksOrNothing(t)).toBe(true);
    expect(readAll(t).every((r) => r.entities.status === undefined)).toBe(true);
  });

  test('when "since" is said before a time, then what follows is no reason', () => {
    expect(read('ravi kumar is not interested since the last visit').entities).toEqual({
      lead: 'ravi kumar',
      status: 'LOST',
    });
  });

  test('when a name runs into "fell", then the name ends there', () => {
    expect(read('the deal with meena iyer fell through').entities.lead).toBe('meena iyer');
  });
});

describe('held-out sets 221–225 classes', () => {
  test.each<[string, string]>([
    ['ravi kumar has paid the full and final payment', 'WON'],
    ['meena iyer placed a booking deposit yesterday', 'WON'],
    ['ravi kumar has opted out of the purchase', 'LOST'],
    ['meena iyer is against the purchase at the moment, maybe after diwali', 'FOLLOW_UP'],
    ['ravi kumar would like to hold off until march', 'FOLLOW_UP'],
    ['meena iyer wants us to prepare the booking form', 'IN_PROGRESS'],
    ['ravi kumar is busy, will take it up again next month', 'FOLLOW_UP'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status });
  });

  test.each(['ravi kumar opted out of the club membership', 'meena iyer paid the deposit for the parking'])(
    '"%s" says no status',
    (t) => {
      expect(read(t).entities.status).toBeUndefined();
    },
  );

  test('when the story opens with what came before ("after a long negotiation"), then the lead is the one after it', () => {
    expect(read('after several rounds of talks meena iyer signed the agreement').entities).toEqual({
      lead: 'meena iyer',
      status: 'WON',
    });
  });

  test('when a payment is said after "and he" in another clause, then the fact starts there', () => {
    expect(read('ravi kumar told me the loan got sanctioned and he has paid the token').entities).toEqual({
      lead: 'ravi kumar',
      status: 'WON',
    });
  });
});

describe('held-out sets 226–230 classes', () => {
  test.each<[string, string]>([
    ['ravi kumar withdrew his interest', 'LOST'],
    ['meena iyer has started looking at a different locality', 'LOST'],
    ['ravi kumar wants to sleep on it', 'FOLLOW_UP'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status });
  });

  test("when a relation talks the lead out of buying, then it is the lead's loss", () => {
    expect(read("meena iyer's husband convinced her not to buy").entities).toEqual({
      lead: 'meena iyer',
      status: 'LOST',
    });
  });

  test('when a home is taken near a place, then whose it is is asked', () => {
    expect(asksOrNothing('ravi kumar took a flat close to the metro')).toBe(true);
    expect(read('ravi kumar took a flat close to the metro').intent).toBe('LEAD_UPDATE');
  });

  test('when another visit is asked for with no time, then the time is asked', () => {
    const [only] = readAll('meena iyer has asked for one more site visit');
    expect(only?.intent).toBe('VISIT_SCHEDULE');
    expect(asksOrNothing('meena iyer has asked for one more site visit')).toBe(true);
  });

  test('when a ride is booked for a visit with its day, then nothing is booked', () => {
    expect(readAll('ravi kumar booked a taxi for the visit on monday').map((r) => r.intent)).toEqual([
      'UNKNOWN',
    ]);
  });

  test('when the status verb takes "us" for its object, then "us" is no part of the note', () => {
    expect(read('meena iyer has shortlisted us, she is comparing with one more').entities.notes).toBe(
      'she is comparing with 1 more',
    );
  });
});

describe('held-out sets 231–235 classes', () => {
  test.each<[string, string]>([
    ['ravi kumar has given up his plan of buying', 'LOST'],
    ['meena iyer will take the final decision next month', 'FOLLOW_UP'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status });
  });

  test('when a thing is said with its article after "for", then it is no name', () => {
    expect(read('meena iyer was away for a conference, now she has paid the token').entities).toEqual({
      lead: 'meena iyer',
      status: 'WON',
    });
  });

  test('when the story opens with "after much thought", then the lead is the one after it', () => {
    expect(read('after much thought ravi kumar has decided not to buy').entities.lead).toBe('ravi kumar');
  });
});

describe('held-out sets 236–240 classes', () => {
  test.each<[string, string]>([
    ['ravi kumar paid the first instalment today', 'WON'],
    ['meena iyer has pushed the purchase to next year', 'FOLLOW_UP'],
    ['ravi kumar would like to seal the deal', 'IN_PROGRESS'],
    ['meena iyer asked for the sale agreement', 'IN_PROGRESS'],
    ['ravi kumar cannot go ahead with the booking', 'LOST'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status });
  });

  test('when a question is to be passed on ("ask X if …"), then nothing is written', () => {
    expect(readAll('please ask meena iyer whether she liked the flat').map((r) => r.intent)).toEqual([
      'UNKNOWN',
    ]);
  });

  test('when a full name alone follows "add", then it is a new lead asked for the rest', () => {
    expect(readAll('add ravi kumar').map((r) => r.intent)).toEqual(['LEAD_CREATE']);
    expect(readAll('add notes').map((r) => r.intent)).toEqual(['UNKNOWN']);
  });
});

describe('held-out sets 241–245 classes', () => {
  test.each<[string, string]>([
    ['ravi kumar had the conveyance deed registered on monday', 'WON'],
    ['meena iyer got her sale agreement executed yesterday', 'WON'],
    ['ravi kumar has cleared the full amount', 'WON'],
    ['meena iyer paid the remaining balance last week', 'WON'],
    ['ravi kumar picked up his keys from our site office', 'WON'],
    ['meena iyer signed everything today', 'WON'],
    ['ravi kumar came by and said this project is not for him', 'LOST'],
    ['meena iyer found a bigger flat near her office and has booked that one', 'LOST'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status });
  });

  test('when a story ends in "that\'s one more sale" (or "another booking"), then the lead it opens with is won', () => {
    expect(read('ravi kumar came with the last cheque today, so that is another booking').entities).toEqual({
      lead: 'ravi kumar',
      status: 'WON',
    });
  });

  test('when a money word is still to come or said of a thing, then the full amount is no sale', () => {
    expect(asksOrNothing('ravi kumar will clear the full amount next month')).toBe(true);
    expect(asksOrNothing('meena iyer has not paid the full amount yet')).toBe(true);
    expect(asksOrNothing('ravi kumar left his keys in the car')).toBe(true);
  });

  test('when an opening names people but asks nothing, then the requests after it that name their own leads are read', () => {
    expect(
      readAll(
        'ravi kumar and meena iyer both dropped in, meena paid the token and ravi is still deciding',
      ).map((r) => [r.intent, r.entities.lead, r.entities.status]),
    ).toEqual([
      ['LEAD_UPDATE', 'meena iyer', 'WON'],
      ['LEAD_UPDATE', 'ravi kumar', 'IN_PROGRESS'],
    ]);
  });

  test('when someone "dropped in" or "dropped over", then it is a call paid, no status', () => {
    expect(readAll('meena iyer dropped in this morning').map((r) => r.intent)).toEqual(['UNKNOWN']);
    expect(read('ravi kumar dropped the idea in march').entities.status).toBe('LOST');
  });

  test('when an opening doubts or asks, then what follows it is not written', () => {
    expect(asksOrNothing('not sure about this one, meena iyer has paid the token')).toBe(true);
  });

  test('when a verb of another clause stands between an update verb and "to", then no status is asked for', () => {
    expect(readAll('ravi kumar closed his clinic and moved to nagpur').map((r) => r.intent)).toEqual([
      'UNKNOWN',
    ]);
    expect(read('move ravi kumar to dormant').intent).toBe('LEAD_UPDATE');
  });
});

describe('held-out sets 246–250 classes', () => {
  test.each<[string, string]>([
    ['ravi kumar has cleared the stamp duty for the flat', 'WON'],
    ['meena iyer paid the registration fees for her flat yesterday', 'WON'],
    ["ravi kumar's advocate is scrutinising the draft agreement", 'IN_PROGRESS'],
    ['meena iyer is waiting for the loan sanction from her bank', 'IN_PROGRESS'],
    ['ravi kumar told me we can look at this again in february', 'FOLLOW_UP'],
    ['meena iyer has made an offer of 1.1 crore', 'IN_PROGRESS'],
    ['ravi kumar came back with a counter proposal on the price', 'IN_PROGRESS'],
    ['meena iyer says she will continue looking elsewhere', 'LOST'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status });
  });

  test('when a registration fee is of something else, or a home is bought near family, then nothing is written or it is asked', () => {
    expect(asksOrNothing('ravi kumar paid the registration fee for the property expo')).toBe(true);
    // Ours or another builder's? The house convention of sets 119 and 229 asks.
    expect(asksOrNothing('meena iyer purchased a villa near her parents in nashik')).toBe(true);
  });

  test('when an offer is said with a status, then the status is the one said and the offer no note', () => {
    expect(read('ravi kumar came back with a counter offer we are still negotiating').entities).toEqual({
      lead: 'ravi kumar',
      status: 'IN_PROGRESS',
    });
  });

  test("when the visit is with another builder or at a rival's site, then no visit of ours is booked", () => {
    expect(asksOrNothing('meena iyer has a site visit with a different developer on monday at 4')).toBe(true);
    expect(asksOrNothing('ravi kumar is visiting another project tomorrow at 11')).toBe(true);
    expect(read('book a visit for ravi kumar tomorrow at 11 before he sees another project').intent).toBe(
      'VISIT_SCHEDULE',
    );
  });

  test('when "revisit" takes "this" or "it" for its object, then it is the matter taken up again, no visit', () => {
    expect(read('meena iyer wants to revisit it next month').entities).toEqual({
      lead: 'meena iyer',
      status: 'FOLLOW_UP',
    });
  });

  test('when a later decision waits for a visit asked to be booked, then the visit is booked', () => {
    expect(
      read('meena iyer will decide after her son sees the flat on friday at 6 so please book that').entities,
    ).toEqual({ lead: 'meena iyer', visit_time: '2025-10-10T18:00:00+05:30' });
  });
});

describe('held-out sets 251–255 classes', () => {
  test.each<[string, string]>([
    ['ravi kumar received his allotment this morning', 'WON'],
    ['we handed over the villa to meena iyer on monday', 'WON'],
    ['ravi kumar will keep renting for another year', 'LOST'],
    ['meena iyer is out of the picture now', 'LOST'],
    ['ravi kumar replied not right now, maybe after his promotion', 'FOLLOW_UP'],
    ['meena iyer said not yet, maybe after diwali', 'FOLLOW_UP'],
    ['meena iyer said thanks but no thanks', 'LOST'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities).toEqual({ lead: t.startsWith('we ') ? 'meena iyer' : leadSaidFirst(t), status });
  });

  test('when a visit is told as past ("was yesterday"), then nothing is booked', () => {
    expect(asksOrNothing("ravi kumar's site visit was on sunday at 11 and it went fine")).toBe(true);
  });

  test("when the visit is for somebody of the lead's other than the family, then nothing is booked", () => {
    expect(asksOrNothing('meena iyer wants a site visit for her colleague on friday at 3')).toBe(true);
    expect(read('meena iyer wants a site visit for her parents on friday at 3').intent).toBe(
      'VISIT_SCHEDULE',
    );
  });

  test('when an hour is said and then another denied ("at 6 pm not 6 am"), then the first is the time', () => {
    expect(read('book ravi kumar for monday at 7 pm not 7 am').entities).toEqual({
      lead: 'ravi kumar',
      visit_time: '2025-10-06T19:00:00+05:30',
    });
  });

  test('when the opening tells of events ("after three visits and a lot of haggling"), then the lead is the one after it', () => {
    expect(
      read('after two site visits and lots of bargaining ravi kumar has paid the token').entities,
    ).toEqual({
      lead: 'ravi kumar',
      status: 'WON',
    });
  });

  test('when the speaker went somewhere with the lead, then the lead is the one gone with', () => {
    expect(
      read('went with meena iyer to the registrar office today, she has paid the stamp duty').entities,
    ).toEqual({ lead: 'meena iyer', status: 'WON' });
  });
});

describe('held-out sets 256–260 classes', () => {
  test.each<[string, string]>([
    ['ravi kumar has moved in and the apartment is his now', 'WON'],
    ["ravi kumar's cheque for the booking was deposited and cleared yesterday", 'WON'],
    ["meena iyer's final payment for the villa is complete", 'WON'],
    ['meena iyer has confirmed the 3 bhk', 'WON'],
    ['ravi kumar has cancelled his plan of buying a second home', 'LOST'],
    ['meena iyer heard the price and walked away', 'LOST'],
    ['ravi kumar is at the final stage of his decision', 'IN_PROGRESS'],
    ['meena iyer has no further interest in our flats', 'LOST'],
    ['ravi kumar says this is not the right time for him', 'FOLLOW_UP'],
    ["meena iyer's husband persuaded her to shelve the plan", 'LOST'],
    ['ravi kumar cannot take a decision for another month', 'FOLLOW_UP'],
    ['meena iyer broke her fixed deposit to arrange the down payment', 'IN_PROGRESS'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status });
  });

  test('when we sold a home to the lead, or closed the lead, then the lead is won', () => {
    expect(read('we sold the 2 bhk in tower a to ravi kumar').entities).toEqual({
      lead: 'ravi kumar',
      status: 'WON',
    });
    expect(read('we finally closed meena iyer today').entities).toEqual({
      lead: 'meena iyer',
      status: 'WON',
    });
    expect(asksOrNothing('we closed her file today')).toBe(true);
  });

  test('when a visit is said to be cancelled or called off, then nothing is booked', () => {
    expect(asksOrNothing("ravi kumar's site visit on monday at 4 has been called off")).toBe(true);
    expect(asksOrNothing("meena iyer's appointment tomorrow at 10 was cancelled")).toBe(true);
  });

  test('when a story says the lead will drop by the site at a time, then that visit is booked', () => {
    expect(
      read('ravi kumar phoned, he is in pune for a few days and will drop by the site on friday at 4')
        .entities,
    ).toEqual({
      lead: 'ravi kumar',
      visit_time: '2025-10-10T16:00:00+05:30',
    });
  });

  test("when a phone or a city stands between two people, then the lead's name ends before it", () => {
    expect(read('new lead ravi kumar 98220 11223 meena iyer referred him').entities).toMatchObject({
      name: 'Ravi Kumar',
      source: 'Referral',
    });
  });

  test('when a deed is done to raise the money, then it is under way; time asked for it is a follow-up', () => {
    expect(read('ravi kumar sold his bike to arrange the booking amount').entities.status).toBe(
      'IN_PROGRESS',
    );
    expect(read('meena iyer wants two months to arrange the funds').entities.status).toBe('FOLLOW_UP');
  });

  test('when the family is said to want to come back with someone at a time, then that visit is booked', () => {
    expect(
      read(
        'met meena iyer at the site, she saw tower b with her sister and they want to come back with her mother on monday at 5',
      ).entities,
    ).toEqual({ lead: 'meena iyer', visit_time: '2025-10-06T17:00:00+05:30' });
  });
});

describe('held-out sets 261–265 classes', () => {
  test.each<[string, string]>([
    ['ravi kumar has ordered a title search through his advocate', 'IN_PROGRESS'],
    ['meena iyer will rethink after her appraisal in april', 'FOLLOW_UP'],
    ['ravi kumar is the new owner of unit 804', 'WON'],
    ['meena iyer has ruled out the purchase for good', 'LOST'],
    ['ravi kumar will look again when his loan is cleared', 'FOLLOW_UP'],
    ['meena iyer asked for a few modifications to the layout before booking', 'IN_PROGRESS'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status });
  });

  test("when the lead is congratulated and a fact follows, then the fact is the lead's", () => {
    expect(read('congratulate meena iyer, she is the owner of the corner villa now').entities).toEqual({
      lead: 'meena iyer',
      status: 'WON',
    });
  });

  test('when a place is said with its article ("the registrar\'s office"), then it names no lead', () => {
    expect(read("ravi kumar went to the bank's branch and paid the stamp duty").entities).toEqual({
      lead: 'ravi kumar',
      status: 'WON',
    });
  });

  test('when the speaker took the lead around the site, then the lead is the one taken', () => {
    expect(read('took meena iyer around the towers today, she said she is not interested').entities).toEqual({
      lead: 'meena iyer',
      status: 'LOST',
    });
  });

  test('when the lead is "booked for" something that is no home, then it is no sale', () => {
    expect(asksOrNothing('ravi kumar is booked for a conference in goa all week')).toBe(true);
    expect(read('meena iyer booked for her parents in tower b').entities.status).toBe('WON');
  });

  test("when a deal on a thing of the lead's is closed, then it is no sale", () => {
    expect(asksOrNothing('ravi kumar found a good deal on a bike and closed it today')).toBe(true);
  });
});

describe('held-out sets 266–268 classes', () => {
  test.each<[string, string]>([
    ['ravi kumar has called off his house hunt', 'LOST'],
    ['meena iyer narrowed down her choice to the two corner flats', 'IN_PROGRESS'],
    ['ravi kumar is sorting out the paperwork with our legal team', 'IN_PROGRESS'],
    ['meena iyer has become part of our greenwood community', 'WON'],
    ['ravi kumar is waiting for his salary slips to complete the registration', 'IN_PROGRESS'],
    ['meena iyer could decide only after her husband is transferred', 'FOLLOW_UP'],
    ['ravi kumar has decided to drop the villa', 'LOST'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status });
  });

  test("when a relation pays on the lead's behalf, then the sale is the lead's", () => {
    expect(read("meena iyer's father paid the booking amount on her behalf").entities).toEqual({
      lead: 'meena iyer',
      status: 'WON',
    });
  });

  test('when what the lead did next follows the status without a stop, then it is the note', () => {
    expect(read('meena iyer lost moved to dubai for work').entities).toEqual({
      lead: 'meena iyer',
      status: 'LOST',
      notes: 'moved to dubai for work',
    });
  });

  test("when a relation tells of the lead by their tie to the caller ('her father'), then the news is the lead's", () => {
    expect(
      read("ravi kumar's son called to say that his father has decided not to buy because of the distance")
        .entities,
    ).toMatchObject({ lead: 'ravi kumar', status: 'LOST' });
    expect(asksOrNothing("ravi kumar's son called to say that his friend has decided not to buy")).toBe(true);
  });

  test('when the lead "got lost" on the way, then it is the way that was lost', () => {
    expect(asksOrNothing('ravi kumar got lost near the flyover and came an hour late')).toBe(true);
  });
});

describe('held-out set 269 classes', () => {
  test.each<[string, string]>([
    ['ravi kumar sealed the deal over coffee', 'WON'],
    ['meena iyer says she is priced out of the market here', 'LOST'],
    ['ravi kumar no longer wants the 3 bhk', 'LOST'],
    ['meena iyer has now paid for everything', 'WON'],
    ['ravi kumar is pulling out', 'LOST'],
    ['meena iyer is all ready to go ahead with the purchase', 'IN_PROGRESS'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status });
  });

  test('when the sealing is still wished for, or the dropping out is of a race, then it is no such status', () => {
    expect(read('ravi kumar wants to seal the deal this week').entities.status).toBe('IN_PROGRESS');
    expect(asksOrNothing('meena iyer is dropping out of the marathon')).toBe(true);
  });
});

describe('held-out sets 270–271 classes', () => {
  test.each<[string, string]>([
    ['ravi kumar says it is still too early to commit', 'FOLLOW_UP'],
    ['meena iyer told me that this villa is not what she wants', 'LOST'],
    ['ravi kumar weighed every option and decided against our project', 'LOST'],
    ['meena iyer and her husband are discussing the payment plan with our team', 'IN_PROGRESS'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status });
  });

  test('when "for him" is a feeling said after a relation\'s purchase, then it is no deed for the lead', () => {
    expect(asksOrNothing("ravi kumar's friend bought a flat with us, happy for him")).toBe(true);
    expect(asksOrNothing("meena iyer's cousin paid the token, good for her")).toBe(true);
  });

  test('when a relation pays "for him", then the sale is the lead\'s', () => {
    expect(read("ravi kumar's daughter paid the token amount for him").entities).toEqual({
      lead: 'ravi kumar',
      status: 'WON',
    });
  });

  test('when "signed all the documents" is followed by a second fact, then the verb keeps its object and the fact is the note', () => {
    expect(read('meena iyer signed all the papers and the cheque has cleared').entities).toEqual({
      lead: 'meena iyer',
      status: 'WON',
      notes: 'the cheque has cleared',
    });
  });
});

describe('held-out set 272 classes', () => {
  test.each<[string, string]>([
    ['ravi kumar has concluded the purchase of the villa', 'WON'],
    ['meena iyer confirmed her booking with a cheque', 'WON'],
    ['ravi kumar no longer needs a bigger home', 'LOST'],
  ])('"%s" is %s', (t, status) => {
    expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status });
  });

  test("when our side checks the lead's papers for the booking, then the lead is whose papers they are", () => {
    expect(read("the bank is processing meena iyer's kyc documents for the purchase").entities).toEqual({
      lead: 'meena iyer',
      status: 'IN_PROGRESS',
    });
  });
});

describe('held-out sets 273–277 classes', () => {
  test('when the lead is no longer in a position to buy, then the lead is lost', () => {
    for (const t of [
      'farida khan is not in a position to go ahead with the purchase',
      'gopal das is no longer in a position to buy',
    ])
      expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status: 'LOST' });
  });

  test('when a relation of one person calls and says another person named is the one with news, then it is that person', () => {
    expect(read("anil's wife phoned and said rekha menon has paid the token").entities).toEqual({
      lead: 'rekha menon',
      status: 'WON',
    });
    // (A name of one word fits where the connector and the reporting verb meet: "and said rekha".)
    expect(read("anil's wife phoned and said rekha has paid the token").entities).toEqual({
      lead: 'rekha',
      status: 'WON',
    });
    expect(read("tarun's brother dropped in and told me farida is not interested").entities).toEqual({
      lead: 'farida',
      status: 'LOST',
    });
  });

  test('when the lead says they are taking the home, then it is a sale; taking it easy or on rent is not', () => {
    expect(read('gopal das called to confirm he is taking the 3 bhk').entities).toEqual({
      lead: 'gopal das',
      status: 'WON',
    });
    for (const t of [
      'gopal das is taking it easy this week',
      'farida khan is taking the flat on rent',
      'rekha menon is taking it up with her bank',
    ])
      expect(asksOrNothing(t)).toBe(true);
  });

  test('when someone\'s thing is lost ("lost ravi\'s file"), then nobody is lost; a deal of theirs lost still is', () => {
    for (const t of ["i lost gopal das's file yesterday", "we lost farida khan's papers in the move"])
      expect(asksOrNothing(t)).toBe(true);
    expect(read("we lost rekha menon's deal to a rival builder").entities).toMatchObject({
      lead: 'rekha menon',
      status: 'LOST',
    });
  });
});

describe('held-out sets 278–282 classes', () => {
  test('when a Hinglish request names someone as the relation of another ("X ka dost hai Y"), then the new lead is Y', () => {
    expect(
      read('anil kapoor ki behen hai sunita rao, pune se, number 98220 12345, lead bana do').entities,
    ).toEqual({
      name: 'Sunita Rao',
      phone: '+919822012345',
      city: 'Pune',
    });
  });

  test("when the story says the lead comes next week and the visit is on a bare weekday, then it is next week's", () => {
    // (Said on a Tuesday: this week's friday is still to come, so the week said is what decides.)
    const tuesday = { ...context, referenceTime: new Date('2026-12-01T10:30:00+05:30') };
    const visitTime = (transcript: string) => {
      const [action] = understandWithRules(transcript).actions;
      return action?.intent === 'VISIT_SCHEDULE'
        ? interpret(action.intent, action.said, tuesday).entities
        : {};
    };
    expect(
      visitTime('meena iyer is coming to pune next week and wants to see the flat on friday at 5'),
    ).toEqual({
      visit_time: '2026-12-11T17:00:00+05:30',
    });
    // A week gone by says nothing of the visit's.
    expect(visitTime('meena iyer was here last week and wants to see the flat again on friday at 5')).toEqual(
      {
        visit_time: '2026-12-04T17:00:00+05:30',
      },
    );
  });

  test('when a lead wants to book or buy a home of ours (said by the speaker, not quoted), then the lead is in progress', () => {
    for (const t of [
      'farida khan wants to book the 3 bhk in tower b',
      'gopal das is ready to buy the corner plot',
    ])
      expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status: 'IN_PROGRESS' });
  });

  test('when a sale or a yes is said in new words, then the lead is won; talks or sitting on the fence are in progress', () => {
    for (const t of [
      'rekha menon has put her signature on the agreement',
      'tarun bose has given his final yes',
      'farida khan said a firm yes to the villa',
    ])
      expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status: 'WON' });
    for (const t of ['gopal das is in advanced talks with us', 'rekha menon is still sitting on the fence'])
      expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status: 'IN_PROGRESS' });
  });
});

describe('held-out sets 283–287 classes', () => {
  test('when a first answer is told and then a later request for the lead, then only the later request is written', () => {
    expect(
      readAll(
        'rekha menon called twice, at first she said she is not interested, later she called back and asked for a visit on friday at 4',
      ),
    ).toEqual([
      {
        intent: 'VISIT_SCHEDULE',
        entities: { lead: 'rekha menon', visit_time: '2025-10-10T16:00:00+05:30' },
      },
    ]);
    // Told without a first and a later, both stand.
    expect(
      readAll('mark gopal das as lost and book tarun bose for friday at 4').map((r) => r.intent),
    ).toEqual(['LEAD_UPDATE', 'VISIT_SCHEDULE']);
  });

  test('when the lead has decided to take a home of ours, then it is a sale, and a second fact after "and" is its note', () => {
    expect(
      read('farida khan has decided to buy the corner villa and paid 5 lakh as advance').entities,
    ).toEqual({
      lead: 'farida khan',
      status: 'WON',
      notes: 'paid 5 lakh as advance',
    });
  });

  test('when the lead will book once something happens, then the lead is followed up', () => {
    for (const t of [
      'gopal das said he will book once his bonus comes',
      'rekha menon will buy when the tower is ready',
    ])
      expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status: 'FOLLOW_UP' });
  });
});

describe('held-out set 288 classes: a status said in idioms', () => {
  test.each([
    ['rekha menon has bowed out of the deal', 'LOST'],
    ['tarun bose cried off', 'LOST'],
    ['gopal das called it all off', 'LOST'],
    ["farida khan's interest has faded", 'LOST'],
    ['tarun bose has struck us off his list', 'LOST'],
    ['rekha menon has taken the penthouse', 'WON'],
    ['tarun bose is a customer of ours now', 'WON'],
    ['rekha menon inked the sale agreement', 'WON'],
    ['check on gopal das again next week', 'FOLLOW_UP'],
    ['rekha menon is very serious about the villa', 'IN_PROGRESS'],
    ['discussions with gopal das are progressing', 'IN_PROGRESS'],
    ['tarun bose is applying for a home loan for our villa', 'IN_PROGRESS'],
    ['farida khan sounded quite positive', 'IN_PROGRESS'],
    ['farida khan is expecting a lower rate', 'IN_PROGRESS'],
  ])('when "%s" is said, then the status is %s', (t, status) => {
    const lead = ['gopal das', 'rekha menon', 'tarun bose', 'farida khan'].find((name) => t.includes(name));
    expect(read(t).entities).toMatchObject({ lead, status });
  });

  test.each([
    'rekha menon has taken the flat on rent',
    'gopal das has taken the brochure',
    'call it a day, gopal das will come tomorrow',
    'farida khan asked for the brochure',
    'gopal das asked for the price breakup',
  ])('when "%s" is said, then no status is written', (t) => {
    const [action] = readAll(t);
    expect(action?.entities.status).toBeUndefined();
  });
});

describe('held-out set 289 classes: a visit asked for in many ways', () => {
  test('when minutes are written after a dot ("9.30"), then they are the minutes, whatever part of the day is said', () => {
    for (const [t, visit_time] of [
      ['book rekha menon for monday evening at 6.45', '2025-10-06T18:45:00+05:30'],
      ['gopal das will come tomorrow morning 10.15', '2025-10-05T10:15:00+05:30'],
      ['site visit for farida khan on tuesday at 11.30 am', '2025-10-07T11:30:00+05:30'],
    ])
      expect(read(t!).entities).toMatchObject({ visit_time });
    // "for a second look" is no length of time said with the hour.
    expect(read('rekha menon is coming on monday at 4 for a second look').entities).toMatchObject({
      visit_time: '2025-10-06T16:00:00+05:30',
    });
    // A price with a dot is no time.
    expect(read('mark tarun bose in progress, he offered 9.30 lakh').entities.visit_time).toBeUndefined();
  });
});

describe('held-out set 290 classes: a new lead said in many ways', () => {
  test('when a locality is named with initials the postal list writes in capitals, then it is written so', () => {
    expect(read('new lead rekha menon from mg road hyderabad 98490 33221').entities).toMatchObject({
      city: 'Hyderabad',
      locality: 'MG Road',
    });
    // Spaced initials stay as said; a word with vowels is a word.
    expect(read('new lead gopal das from j p nagar bangalore 98450 33221').entities).toMatchObject({
      locality: 'J P Nagar',
    });
  });
});

describe('held-out set 291 classes: status words said of other things', () => {
  test('when the speaker will mark the status later ("we should mark him won soon"), then it is asked', () => {
    for (const t of [
      'we can mark gopal das as won after the registration',
      'i will update rekha menon to lost once she confirms',
      'we should move tarun bose to won soon',
    ])
      expect(asksOrNothing(t)).toBe(true);
    // Said as a command now, it is written.
    expect(read('you should mark gopal das as won').entities).toMatchObject({ status: 'WON' });
  });

  test('when a request is followed by "no, not yet" or "wait, not now", then it is held back and asked', () => {
    for (const t of [
      'mark gopal das as lost? no, not yet',
      'mark gopal das as lost, no, not yet',
      'book rekha menon for friday at 4, wait, not now',
    ]) {
      const [action, ...more] = understandWithRules(t).actions;
      expect(more).toEqual([]);
      expect(action?.intent).not.toBe('UNKNOWN');
      expect(asksOrNothing(t)).toBe(true);
      // The answer says the request was held back, not that the words are an unknown status or time.
      const interpreted =
        action && action.intent !== 'UNKNOWN' ? interpret(action.intent, action.said, context) : null;
      expect(interpreted?.ok === false && interpreted.problem.message).toMatch(/held back/);
    }
  });

  test('when the lead refuses to buy from someone else ("never buy from a builder like lodha"), then no status', () => {
    for (const t of ['tarun bose will never buy from lodha', 'farida khan is not buying with that broker'])
      expect(asksOrNothing(t)).toBe(true);
    expect(read('tarun bose will never buy from us').entities).toMatchObject({ status: 'LOST' });
  });

  test('when someone "is lost without" a thing or "lost in thought", then it is no status', () => {
    for (const t of ['gopal das is lost without his phone', 'rekha menon was lost in thought at the site'])
      expect(asksOrNothing(t)).toBe(true);
  });
});

describe('held-out set 292 classes: visits and new leads not to be written as said', () => {
  test("when a lead came on someone's reference or recommendation, then the source is a referral", () => {
    expect(read("add lead kavya rao, pune, 98220 44556, on gopal das's recommendation").entities).toEqual({
      name: 'Kavya Rao',
      phone: '+919822044556',
      city: 'Pune',
      source: 'Referral',
    });
    expect(read("new lead via rekha menon's referral, tarun bose, delhi, 98110 22334").entities).toEqual({
      name: 'Tarun Bose',
      phone: '+919811022334',
      city: 'Delhi',
      source: 'Referral',
    });
  });

  test("when one person tells of another lead's visit, then the visit is that lead's", () => {
    expect(read('rekha menon told me gopal das will come on monday at 4').entities).toEqual({
      lead: 'gopal das',
      visit_time: '2025-10-06T16:00:00+05:30',
    });
    expect(read('farida khan said that tarun bose wants to visit on sunday at 11').entities).toMatchObject({
      lead: 'tarun bose',
    });
  });

  test("when the new lead is someone's relation left unnamed, then no name is written", () => {
    const [action] = understandWithRules(
      "add rekha menon's brother as a lead, number 98220 55443, pune",
    ).actions;
    expect(action?.intent).toBe('LEAD_CREATE');
    expect(action?.said.name).toBeUndefined();
  });
});

describe('held-out set 293 classes: Hinglish', () => {
  test('when a decision is put off in Hindi words ("april tak decide karegi"), then the lead is followed up', () => {
    for (const t of ['anita joshi april tak decide karegi', 'sunil rao diwali ke baad decide karega'])
      expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status: 'FOLLOW_UP' });
  });

  test('when the lead is buying from someone else, said in Hindi words ("dusri society se le rahi hai"), then lost', () => {
    expect(read('anita joshi dusri society se flat le rahi hai').entities).toEqual({
      lead: 'anita joshi',
      status: 'LOST',
    });
  });
});

describe('held-out set 294 classes: conversations', () => {
  test('when the answer for a new lead says its city again, then that city replaces the one said before', () => {
    expect(
      readAnswer('no, he is from pune, number 98220 11223', ['phone'], 'LEAD_CREATE', 'IN'),
    ).toMatchObject({
      phone: '98220 11223',
      city: 'pune',
    });
    // Said without a cue, a word is no city said again.
    expect(readAnswer('98220 11223', ['phone'], 'LEAD_CREATE', 'IN').city).toBeUndefined();
  });
});

describe('held-out set 295 classes: long stories without punctuation', () => {
  test('when what is negotiated is said and then the talks said again, then neither is a note', () => {
    for (const t of [
      'gopal das is bargaining hard over the parking charges he is still negotiating',
      'rekha menon is discussing the payment plan with us we are still talking',
    ])
      expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status: 'IN_PROGRESS' });
  });
});

describe('held-out set 296 classes: numbers that are no time', () => {
  test('when the lead offered an amount for a home, then it is a weak sign of talks (in progress)', () => {
    expect(read('farida khan offered 95 lakh for the corner flat').entities).toEqual({
      lead: 'farida khan',
      status: 'IN_PROGRESS',
    });
    // Said with a status, the status wins; our own offer is no sign of the lead's.
    expect(read('farida khan offered 95 lakh and paid the token').entities.status).toBe('WON');
    expect(asksOrNothing('we offered farida khan 2 lakh off')).toBe(true);
  });
});

describe('held-out set 297 classes: polite commands and questions', () => {
  test.each([
    ['let us book rekha menon for monday at 4', 'rekha menon', '2025-10-06T16:00:00+05:30'],
    ['i need you to schedule gopal das on sunday at 11', 'gopal das', '2025-10-05T11:00:00+05:30'],
    ['go ahead and book farida khan for friday at 5', 'farida khan', '2025-10-10T17:00:00+05:30'],
  ])('when a booking is asked in other words ("%s"), then the visit is booked', (t, lead, visit_time) => {
    expect(read(t).entities).toEqual({ lead, visit_time });
  });
});

describe('held-out set 298 classes: repairs in other words', () => {
  test('when an hour after "for" is repaired and its day follows after a comma, then the hour is the repaired one', () => {
    expect(read('book gopal das for 4, make it 5, on monday').entities).toEqual({
      lead: 'gopal das',
      visit_time: '2025-10-06T17:00:00+05:30',
    });
    expect(read('book rekha menon for 11, on sunday').entities).toEqual({
      lead: 'rekha menon',
      visit_time: '2025-10-05T11:00:00+05:30',
    });
  });
});

describe('held-out set 299 classes: leads named as people name them', () => {
  test('when the lead wants or needs to think until a time, then the lead is followed up', () => {
    for (const t of [
      'gopal das wants to think until the end of the month',
      'tarun bose needs to think till sunday',
    ])
      expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status: 'FOLLOW_UP' });
  });
});

describe('held-out sets 301–305 classes', () => {
  test('when a name, a number, a city and a source are all that is said, then it is a new lead', () => {
    expect(read('rekha menon 98450 12345 mysore from facebook')).toEqual({
      intent: 'LEAD_CREATE',
      entities: { name: 'Rekha Menon', phone: '+919845012345', city: 'Mysore', source: 'Facebook' },
    });
    expect(read('gopal das, 98450 12346, pune, 99acres').entities).toEqual({
      name: 'Gopal Das',
      phone: '+919845012346',
      city: 'Pune',
      source: '99acres',
    });
  });

  test('when a town with a post office of its own is a field of a list, then it is the city', () => {
    expect(read('new lead ravi nair, tumkur, 98450 12348').entities).toEqual({
      name: 'Ravi Nair',
      phone: '+919845012348',
      city: 'Tumkur',
    });
    expect(read('gopal das, satara, 98220 11224').entities.city).toBe('Satara');
    // A word that is no place, or a source, is no city.
    expect(read('new lead ravi nair, interested, 98450 12349').entities.city).toBeUndefined();
    // After a first name alone, the next word may be a surname: no city is read.
    expect(read('new lead ravi, krishna, 98450 12351').entities.city).toBeUndefined();
    expect(read('new lead rekha menon, facebook, 98450 12350').entities).toMatchObject({
      source: 'Facebook',
    });
    expect(read('new lead rekha menon, facebook, 98450 12350').entities.city).toBeUndefined();
  });

  test('when "plus" is said before a country code in digits, then it is part of the number, not the name', () => {
    expect(read('add tarun bose plus 91 98450 12347 from mysore').entities).toEqual({
      name: 'Tarun Bose',
      phone: '+919845012347',
      city: 'Mysore',
    });
  });

  test('when the lead turns down one configuration or floor, then the lead is not written lost: it is asked', () => {
    for (const t of [
      'gopal das is not interested in the ground floor flat, he wants something higher',
      'tarun bose is no longer interested in the 3 bhk, wants a 2 bhk now',
      'rekha menon is not interested in the east facing units',
    ]) {
      expect(read(t)).toEqual({ intent: 'LEAD_UPDATE', entities: { lead: leadSaidFirst(t) } });
      expect(asksOrNothing(t)).toBe(true);
    }
    expect(read('rekha menon is not interested in the project').entities.status).toBe('LOST');
    expect(read('gopal das is not interested anymore').entities.status).toBe('LOST');
  });

  test('when the lead called to ask or check whether a visit is on, then nothing is booked', () => {
    for (const t of [
      'gopal das called to ask if his visit on sunday at 11 is still on',
      'rekha menon wants to check whether the site visit tomorrow at 4 is confirmed',
    ])
      expect(asksOrNothing(t)).toBe(true);
  });
});

describe('held-out sets 306–310 classes', () => {
  test('when the lead cannot come for the visit, then nothing is booked', () => {
    for (const t of [
      'rekha menon cannot come for the site visit on saturday',
      "tarun bose won't be able to make it to the visit tomorrow at 5",
      'gopal das is unable to attend the visit on friday',
    ])
      expect(read(t).intent).toBe('UNKNOWN');
  });

  test('when the city is asked and the answer is a locality alone, then it is kept as the locality', () => {
    expect(readAnswer('bandra', ['city'], 'LEAD_CREATE', 'IN')).toEqual({ locality: 'bandra' });
    // A locality that is a town of its own too is that town, answered alone.
    expect(readAnswer('anantapur', ['city'], 'LEAD_CREATE', 'IN')).toEqual({ city: 'anantapur' });
    expect(readAnswer('vadodara', ['city'], 'LEAD_CREATE', 'IN')).toEqual({ city: 'vadodara' });
  });

  test('when a doubt is told in the story and the command follows "so", then the command stands', () => {
    expect(read('gopal das said he cannot go ahead right now so mark him lost').entities).toEqual({
      lead: 'gopal das',
      status: 'LOST',
    });
    // A doubt said with the command itself is still asked.
    expect(asksOrNothing('so mark gopal das lost i think')).toBe(true);
  });

  test('when a story names the lead and a fact of a status is joined to it by "and", then it is the lead\'s', () => {
    expect(
      read('spoke to rekha menon she is comparing with a project in baner and will decide by next week')
        .entities,
    ).toEqual({ lead: 'rekha menon', status: 'FOLLOW_UP' });
    expect(
      read('met tarun bose at the site he liked the two bhk in tower b and will confirm after diwali')
        .entities,
    ).toMatchObject({ lead: 'tarun bose', status: 'FOLLOW_UP' });
  });

  test("when an in-law of the lead wants something, then it is no request of the lead's", () => {
    for (const t of [
      "rekha menon's brother in law also wants to see the flat",
      "gopal das's sister-in-law wants a visit on sunday at 4",
    ])
      expect(read(t).intent).toBe('UNKNOWN');
  });

  test('when a numbered sector or phase follows the name, then it is the locality, not the surname', () => {
    expect(read('new lead gopal das sector 62 noida 98110 12352').entities).toEqual({
      name: 'Gopal Das',
      phone: '+919811012352',
      city: 'Noida',
      locality: 'Sector 62',
    });
  });
});

describe('held-out sets 311–315 classes', () => {
  test('when the lead did not buy from us, then the lead is lost', () => {
    for (const t of ['gopal das did not buy from us, he went with lodha', 'rekha menon did not book with us'])
      expect(read(t).entities).toMatchObject({ lead: leadSaidFirst(t), status: 'LOST' });
    // Not bought, said alone, is asked.
    expect(asksOrNothing('tarun bose did not book yet')).toBe(true);
  });

  test('when thanks or "just checking" open what is said, then they say nothing of the request', () => {
    expect(read('thanks for the help yesterday, gopal das paid the token').entities).toEqual({
      lead: 'gopal das',
      status: 'WON',
    });
    expect(read('just checking, is rekha menon coming on friday at 4').intent).toBe('UNKNOWN');
    expect(read('quick question, has tarun bose paid the token').intent).toBe('UNKNOWN');
  });

  test('when a visit is said for a week or half of a month, then no day is read and the time is asked', () => {
    for (const t of [
      'gopal das will visit in the first week of january',
      'book rekha menon in the second half of december',
    ]) {
      expect(read(t).entities).toEqual({ lead: t.includes('gopal') ? 'gopal das' : 'rekha menon' });
      expect(asksOrNothing(t)).toBe(true);
    }
  });

  test('when "ip" is typed last after the lead\'s name, then it is in progress', () => {
    expect(read('gopal das ip').entities).toEqual({ lead: 'gopal das', status: 'IN_PROGRESS' });
    expect(read('rekha menon ip.').entities).toEqual({ lead: 'rekha menon', status: 'IN_PROGRESS' });
  });
});

describe('held-out sets 316–320 classes', () => {
  test('when the lead wants another look, or we will show the lead the site at a time, then it is a visit', () => {
    expect(read('gopal das wants another look at the villa on sunday at 11').entities).toEqual({
      lead: 'gopal das',
      visit_time: '2025-10-05T11:00:00+05:30',
    });
    expect(read('we will show rekha menon the sample flat tomorrow at 4').entities).toEqual({
      lead: 'rekha menon',
      visit_time: '2025-10-05T16:00:00+05:30',
    });
  });

  test("when a cab is arranged for a lead's visit at a time, then the visit is the lead's, not the cab's", () => {
    // (Booking the cab for a visit at a time books the visit, by the house rule of sets 88 and 139.)
    expect(read("arrange a cab for gopal das's visit on sunday at 11").entities).toEqual({
      lead: 'gopal das',
      visit_time: '2025-10-05T11:00:00+05:30',
    });
  });

  test('when "tomorrow" is heard as two words, then it is tomorrow', () => {
    expect(read('book tarun bose for to morrow at 11').entities).toEqual({
      lead: 'tarun bose',
      visit_time: '2025-10-05T11:00:00+05:30',
    });
  });

  test('when a Hindi word of degree follows the name, then it is no part of it', () => {
    for (const t of ['gopal das bahut interested hai', 'rekha menon kaafi interested hai'])
      expect(read(t).entities).toEqual({ lead: leadSaidFirst(t), status: 'IN_PROGRESS' });
  });
});

describe('held-out sets 321–325 classes', () => {
  test('when "happy to report" or "glad to say" opens the news, then "happy" is no lead', () => {
    for (const t of [
      'happy to report that gopal das signed the agreement',
      'glad to say rekha menon paid the token',
    ])
      expect(read(t).entities).toEqual({
        lead: t.includes('gopal') ? 'gopal das' : 'rekha menon',
        status: 'WON',
      });
  });

  test('when "no broker" or "just dial" are said as plain words, then they are no source', () => {
    expect(
      read('new lead tarun bose from nagpur, no broker involved, 98220 22018').entities.source,
    ).toBeUndefined();
    expect(
      read('add gopal das from pune 98220 22019, just dial him after six').entities.source,
    ).toBeUndefined();
    // Said as the source, they still are.
    expect(read('new lead rekha menon from pune 98220 22020 via no broker').entities.source).toBe('NoBroker');
  });

  test('when a past visit is told with its hour before the next one, then the next one is booked', () => {
    expect(read('gopal das came yesterday at 5 and wants to come again on sunday at 11').entities).toEqual({
      lead: 'gopal das',
      visit_time: '2025-10-05T11:00:00+05:30',
    });
  });

  test('when the lead can only come at an hour on a day, then it is a visit', () => {
    expect(read('tarun bose can only come at 9 at night on monday').entities).toEqual({
      lead: 'tarun bose',
      visit_time: '2025-10-06T21:00:00+05:30',
    });
    expect(read('gopal das will definitely come on sunday at 11').entities).toEqual({
      lead: 'gopal das',
      visit_time: '2025-10-05T11:00:00+05:30',
    });
  });
});

describe('held-out sets 326–330 classes', () => {
  test('when the lead wants to see a home of some bhk, with no time, then the visit is asked', () => {
    expect(read('gopal das wants to see a 2 bhk')).toEqual({
      intent: 'VISIT_SCHEDULE',
      entities: { lead: 'gopal das' },
    });
  });

  test('when the lead is "very much positive", then the lead is in progress', () => {
    expect(read('rekha menon is very much positive').entities).toEqual({
      lead: 'rekha menon',
      status: 'IN_PROGRESS',
    });
  });

  test('when an open state is told and then a call asked for later, then the lead is followed up', () => {
    expect(read('tarun bose is still in two minds, call him after diwali').entities).toMatchObject({
      lead: 'tarun bose',
      status: 'FOLLOW_UP',
    });
    expect(read('gopal das is sitting on the fence, ring him next month').entities).toMatchObject({
      lead: 'gopal das',
      status: 'FOLLOW_UP',
    });
  });
});

describe('held-out sets 331–333 classes', () => {
  test('when an open state is said again in a few words ("still on", "nothing decided"), then it is no note', () => {
    expect(read('gopal das is negotiating on the price, still on').entities).toEqual({
      lead: 'gopal das',
      status: 'IN_PROGRESS',
    });
    expect(read('rekha menon and her husband are still discussing, nothing decided yet').entities).toEqual({
      lead: 'rekha menon',
      status: 'IN_PROGRESS',
    });
  });

  test('when a broker brought the new lead, then the verb is no part of the name and the broker the source', () => {
    expect(read('a broker brought tarun bose from nashik, 98220 33001, add him').entities).toEqual({
      name: 'Tarun Bose',
      phone: '+919822033001',
      city: 'Nashik',
      source: 'Channel Partner',
    });
  });

  test("when the lead's tenant or driver will visit, then it is no visit of the lead's", () => {
    for (const t of [
      "gopal das's tenant will visit the flat on saturday at 5",
      "rekha menon's driver will come to collect the papers tomorrow at 11",
    ])
      expect(read(t).intent).toBe('UNKNOWN');
  });

  test('when a sale is told of a past year, then it is no status now', () => {
    for (const t of [
      'tarun bose was won last year for the first project',
      'gopal das was closed two years ago',
    ])
      expect(read(t).intent).toBe('UNKNOWN');
  });

  test('when the lead should or will be won by a day, then it is asked, not written', () => {
    for (const t of ['rekha menon should be won by friday', 'gopal das will be closed next week'])
      expect(asksOrNothing(t)).toBe(true);
  });
});

describe('held-out sets 334–335 classes', () => {
  test('when the idea is dropped for now and a later look is said with "and may", then it is a follow-up', () => {
    for (const t of [
      'gopal das has dropped the idea of buying for now and may look again next year',
      'rekha menon has given up on buying for now but might come back after six months',
    ])
      expect(read(t).entities).toMatchObject({ lead: leadSaidFirst(t), status: 'FOLLOW_UP' });
  });

  test('when the lead settled for a home in another community or complex, then the lead is lost', () => {
    expect(read('tarun bose settled for a flat in another gated community').entities).toMatchObject({
      lead: 'tarun bose',
      status: 'LOST',
    });
  });
});

describe('held-out sets 336–341 classes', () => {
  test('when a new lead is said as a bare record with no opening words, then it is created with every field', () => {
    for (const [t, entities] of [
      [
        'tarun bose, viman nagar pune, 98220 33201',
        { name: 'Tarun Bose', phone: '+919822033201', city: 'Pune', locality: 'Viman Nagar' },
      ],
      [
        'rekha menon from borivali mumbai, number 98220 33202',
        { name: 'Rekha Menon', phone: '+919822033202', city: 'Mumbai', locality: 'Borivali' },
      ],
      [
        'gopal das from nagpur, phone number 98220 33203',
        { name: 'Gopal Das', phone: '+919822033203', city: 'Nagpur' },
      ],
      [
        'leela iyer, chennai, 98220 33204, source facebook',
        { name: 'Leela Iyer', phone: '+919822033204', city: 'Chennai', source: 'Facebook' },
      ],
      [
        'kiran rao, 98220 33205, koramangala bangalore',
        { name: 'Kiran Rao', phone: '+919822033205', city: 'Bangalore', locality: 'Koramangala' },
      ],
      [
        'vivek rao lives in mylapore chennai, 98220 33206',
        { name: 'Vivek Rao', phone: '+919822033206', city: 'Chennai', locality: 'Mylapore' },
      ],
      [
        'meera nair, alipore, kolkata, 98220 33207, came through instagram',
        {
          name: 'Meera Nair',
          phone: '+919822033207',
          city: 'Kolkata',
          locality: 'Alipore',
          source: 'Instagram',
        },
      ],
    ] as const)
      expect(read(t)).toEqual({ intent: 'LEAD_CREATE', entities });
  });

  test('when the lead asked what, how or when, then it is a question passed on and nothing is written', () => {
    for (const t of [
      'rekha menon asked what happens if she pays the booking amount and then backs out',
      'gopal das wanted to know what happens if he transfers the token and changes his mind',
      'tarun bose asked how the refund works if he cancels the booking',
    ])
      expect(read(t).intent).toBe('UNKNOWN');
    // A request said after the question stands.
    expect(read('gopal das asked how big the balcony is, so book him for sunday at 11').intent).toBe(
      'VISIT_SCHEDULE',
    );
  });

  test('when a bare "cancelled" follows talk of a visit or a booking at a time, then the visit is off, no loss', () => {
    for (const t of [
      "don't schedule gopal das for friday, he cancelled",
      'rekha menon was coming tomorrow at 11 but she cancelled',
    ])
      expect(readAll(t).some((each) => each.entities.status === 'LOST')).toBe(false);
    expect(read('tarun bose cancelled his booking').entities).toMatchObject({ status: 'LOST' });
  });

  test('when going ahead is said with a time still to come, then it is in progress, not a sale yet', () => {
    for (const t of [
      'gopal das is going ahead with the purchase next month',
      'rekha menon is going ahead with the booking after diwali',
    ])
      expect(read(t).entities).toMatchObject({ lead: leadSaidFirst(t), status: 'IN_PROGRESS' });
    expect(read('tarun bose has gone ahead with the booking').entities).toMatchObject({ status: 'WON' });
  });

  test('when a verb follows "to" before the place of a new lead, then it is no name', () => {
    expect(
      read('tarun bose wants to settle in nashik, his number is 98220 33208, referred by a friend').entities,
    ).toEqual({
      name: 'Tarun Bose',
      phone: '+919822033208',
      city: 'Nashik',
      source: 'Referral',
    });
  });

  test('when the lead came to the expo or the property fair, then that is the source', () => {
    expect(
      read('rekha menon, pune, 98220 33209, came to the property fair last week').entities,
    ).toMatchObject({
      name: 'Rekha Menon',
      source: 'Exhibition',
    });
  });

  test('when Hinglish says the status then "mark karo", then it is the status with no note', () => {
    expect(read('gopal das ne mana kar diya, lost mark karo').entities).toEqual({
      lead: 'gopal das',
      status: 'LOST',
    });
    expect(read('rekha menon ko follow up mark kar do').entities).toEqual({
      lead: 'rekha menon',
      status: 'FOLLOW_UP',
    });
  });

  test('when a clause follows a status of consideration, then it is its note', () => {
    expect(
      read('tarun bose is seriously considering the corner flat, his wife liked the view').entities,
    ).toEqual({
      lead: 'tarun bose',
      status: 'IN_PROGRESS',
      notes: 'his wife liked the view',
    });
  });

  test('when "say" offers an hour after the day, then that hour is the time', () => {
    expect(read('rekha menon can come on friday after lunch, say 3 15').entities).toMatchObject({
      lead: 'rekha menon',
      visit_time: '2025-10-10T15:15:00+05:30',
    });
  });

  test('when "same time" is said with another day, then the hour said before it is the time', () => {
    expect(
      read('gopal das came on monday at 4:30 pm, book him again for friday at the same time').entities,
    ).toMatchObject({
      lead: 'gopal das',
      visit_time: '2025-10-10T16:30:00+05:30',
    });
  });

  test('when the lead wants to talk again after something, then it is a follow-up', () => {
    expect(read('tarun bose wants to talk again after his son’s exams').entities).toMatchObject({
      lead: 'tarun bose',
      status: 'FOLLOW_UP',
    });
  });

  test('when the keys were handed over to the lead, said passive, then it is a sale', () => {
    expect(read('the keys of the villa were handed over to rekha menon this morning').entities).toMatchObject(
      {
        lead: 'rekha menon',
        status: 'WON',
      },
    );
  });

  test("when the lead's purchase or plans are on hold, then the status is asked, never guessed", () => {
    const reading = understandWithRules('gopal das lost his job so the purchase is on hold').actions[0];
    expect(reading?.intent).toBe('LEAD_UPDATE');
    expect(asksOrNothing('gopal das lost his job so the purchase is on hold')).toBe(true);
  });

  test('when a bare record tells its source in a field of its own, then the field goes with the source', () => {
    expect(read('leela iyer, nagpur, 98220 33210, she saw our hoarding near the airport').entities).toEqual({
      name: 'Leela Iyer',
      phone: '+919822033210',
      city: 'Nagpur',
      source: 'Hoarding',
    });
  });

  test('when a new lead\'s name is put instead after a bare "no", then the name after it stands, said without stops', () => {
    expect(read('new lead tarun bose no tarun ghosh nagpur 98220 33211').entities).toMatchObject({
      name: 'Tarun Ghosh',
      city: 'Nagpur',
    });
  });

  test('when a booking is asked on a condition, then the time read is reported and the answer asks whether it is confirmed', () => {
    const [action] = understandWithRules('if gopal das confirms, book him for sunday at 10').actions;
    const interpreted = interpret('VISIT_SCHEDULE', action!.said, context);
    expect(interpreted.ok).toBe(false);
    expect(interpreted.entities.visit_time).toBe('2025-10-05T10:00:00+05:30');
    if (!interpreted.ok) {
      expect(interpreted.problem.message).toMatch(/on a condition; nothing was booked/);
      expect(interpreted.problem.fields).toEqual(['visit_time']);
    }
  });

  test('when a booking is asked on a condition said first or after it, then it is asked, not written', () => {
    for (const t of [
      'if gopal das confirms, schedule him for sunday at 10',
      'book rekha menon for friday at 4 if she calls back',
      'if tarun bose pays the booking amount, mark him won',
    ])
      expect(asksOrNothing(t)).toBe(true);
  });
});

describe('held-out sets 342–346 classes', () => {
  test('when a short record sets the status apart with an equals sign, then it is read as with a dash', () => {
    expect(read('rekha menon = lost (bought in baner)').entities).toEqual({
      lead: 'rekha menon',
      status: 'LOST',
      notes: 'bought in baner',
    });
  });

  test('when "12 noon" follows a date with its month, then the visit is at noon on that date', () => {
    expect(read('gopal das visit 9th oct 12 noon').entities).toMatchObject({
      lead: 'gopal das',
      visit_time: '2025-10-09T12:00:00+05:30',
    });
  });

  test('when the hour is a field of its own after the day, then it is the hour', () => {
    expect(read('tarun bose | monday | 5 | site visit').entities).toMatchObject({
      lead: 'tarun bose',
      visit_time: '2025-10-06T17:00:00+05:30',
    });
  });

  test('when a sale was only nearly made, then it is in progress, and what undid it stands', () => {
    expect(
      read('gopal das nearly signed the agreement, the paperwork is pending with his bank').entities,
    ).toMatchObject({
      lead: 'gopal das',
      status: 'IN_PROGRESS',
    });
    expect(
      read('rekha menon almost paid the token but pulled out at the last minute').entities,
    ).toMatchObject({
      lead: 'rekha menon',
      status: 'LOST',
    });
  });

  test('when a status is said in jest and taken back, then the status said after it stands', () => {
    expect(
      read('mark tarun bose as lost, just joking, he wants a follow up next week').entities,
    ).toMatchObject({
      lead: 'tarun bose',
      status: 'FOLLOW_UP',
    });
  });

  test('when Hinglish marks the status then gives the reason with "kyunki", then the reason is the note', () => {
    expect(read('gopal das ko lost mark kar do kyunki loan nahi mila').entities).toEqual({
      lead: 'gopal das',
      status: 'LOST',
      notes: 'loan nahi mila',
    });
  });

  test('when the day the status happened comes before a clause of its own, then the clause alone is the note', () => {
    expect(
      read('rekha menon is almost done, she nearly booked today, will bring the cheque on monday').entities,
    ).toMatchObject({
      notes: 'will bring the cheque on monday',
    });
  });
});

describe('held-out sets 348–352 classes', () => {
  test("when another lead's request after \"but\" is said as the lead's words passed on, then it is that lead's", () => {
    expect(
      readAll('gopal das has booked but rekha menon told us to call her after diwali').map(
        (each) => each.entities,
      ),
    ).toEqual([
      { lead: 'gopal das', status: 'WON' },
      { lead: 'rekha menon', status: 'FOLLOW_UP' },
    ]);
  });

  test('when the request is said again for another lead with "too", "as well" or "same for", then both get it', () => {
    expect(readAll('mark gopal das as lost, same for tarun bose').map((each) => each.entities)).toEqual([
      { lead: 'gopal das', status: 'LOST' },
      { lead: 'tarun bose', status: 'LOST' },
    ]);
    expect(
      readAll('book rekha menon for sunday at 11 and leela iyer as well').map((each) => each.entities.lead),
    ).toEqual(['rekha menon', 'leela iyer']);
  });

  test("when the new lead's name is said to be unknown, then no word of it is the name and the name is asked", () => {
    const reading = read('his colleague wants a 2 bhk, no name yet, number 98220 33212, nashik');
    expect(reading.intent).toBe('LEAD_CREATE');
    expect(reading.entities.name).toBeUndefined();
    expect(read('walk in today, name not known yet, 98220 33213, pune').entities.name).toBeUndefined();
  });

  test('when a referral is said as "got a referral from", then the friend named after it is the new lead', () => {
    expect(
      read('we got a referral from tarun bose, his cousin vivek rao, pune, 98220 33214').entities,
    ).toEqual({
      name: 'Vivek Rao',
      phone: '+919822033214',
      city: 'Pune',
      source: 'Referral',
    });
  });

  test("when a bare record opens with the lead's number and says where he is from, then it is created", () => {
    expect(read("leela iyer's mobile number is 98220 33215, she is from nagpur").entities).toEqual({
      name: 'Leela Iyer',
      phone: '+919822033215',
      city: 'Nagpur',
    });
  });

  test('when the sale deed is registered or executed, then it is a sale', () => {
    for (const t of [
      'gopal das has registered the sale deed',
      "rekha menon's conveyance deed was registered today",
    ])
      expect(read(t).entities).toMatchObject({ lead: leadSaidFirst(t), status: 'WON' });
  });

  test('when the lead wants to close or book by a day near, then it is in progress', () => {
    expect(read('tarun bose hopes to book before diwali').entities).toMatchObject({
      lead: 'tarun bose',
      status: 'IN_PROGRESS',
    });
  });

  test('when a call is asked for this week, then it is a follow-up', () => {
    expect(read('rekha menon is free now, call her this weekend').entities).toMatchObject({
      lead: 'rekha menon',
      status: 'FOLLOW_UP',
    });
  });

  test('when the lead is still buying, then the deal is in progress', () => {
    expect(read('gopal das dropped his gym plan, not the flat, he is still buying').entities).toMatchObject({
      lead: 'gopal das',
      status: 'IN_PROGRESS',
    });
  });
});

describe('held-out sets 353–357 classes', () => {
  test('when the whole request is said again for another lead after a repair marker, then the other lead stands', () => {
    expect(read('mark gopal das as lost, sorry, tarun bose as lost').entities).toEqual({
      lead: 'tarun bose',
      status: 'LOST',
    });
    expect(
      read('book rekha menon for friday at 11, no wait, leela iyer for friday at 11').entities,
    ).toMatchObject({
      lead: 'leela iyer',
    });
  });

  test('when a lead is made a status ("make ravi won"), then it is marked so', () => {
    expect(read('make gopal das in progress').entities).toEqual({ lead: 'gopal das', status: 'IN_PROGRESS' });
  });

  test('when the lead is to be shown more than a flat, or a flat described, at a time, then it is a visit', () => {
    for (const t of [
      'show rekha menon the amenities and the model flat on sunday at 12',
      'show tarun bose the 1800 sq ft corner villa on friday at 4',
    ])
      expect(read(t)).toMatchObject({
        intent: 'VISIT_SCHEDULE',
        entities: { lead: leadSaidFirst(t.replace(/^show /, '')) },
      });
  });
});

describe('held-out sets 358–361 classes', () => {
  test("when a bare record tells its source with a verb in the name's own field, then the name stands", () => {
    expect(read('leela iyer from nagpur texted on whatsapp, 98220 33216').entities).toEqual({
      name: 'Leela Iyer',
      phone: '+919822033216',
      city: 'Nagpur',
      source: 'WhatsApp',
    });
    expect(read('gopal das found us on instagram, he lives in nashik, 98220 33217').entities).toMatchObject({
      name: 'Gopal Das',
      city: 'Nashik',
      source: 'Instagram',
    });
  });

  test('when the new lead dropped by or came to the site office, then the source is a walk-in', () => {
    expect(read('rekha menon came to our sales office, from pune, 98220 33218').entities).toMatchObject({
      name: 'Rekha Menon',
      source: 'Walk-in',
    });
  });

  test('when interest in our project is told with a number and where the person lives, then it is a new lead', () => {
    expect(read('tarun bose is very interested in the 3 bhk, stays in indore, 98220 33219')).toEqual({
      intent: 'LEAD_CREATE',
      entities: { name: 'Tarun Bose', phone: '+919822033219', city: 'Indore' },
    });
    // Without a number it is the status of a lead.
    expect(read('tarun bose is very interested in the 3 bhk').intent).toBe('LEAD_UPDATE');
  });
});

describe('held-out sets 362–365 classes', () => {
  test('when a request is withdrawn with "forget it" and a reason after it, then nothing is written', () => {
    for (const t of [
      'mark gopal das as lost, no, forget it, he will call me tonight',
      'book rekha menon for sunday at 11, never mind, she will confirm later',
    ])
      expect(read(t).intent).toBe('UNKNOWN');
  });

  test('when a lead is put down for a day and an hour, then the visit is booked', () => {
    expect(read('put rekha menon down for monday at 11 am').entities).toMatchObject({
      lead: 'rekha menon',
      visit_time: '2025-10-06T11:00:00+05:30',
    });
  });

  test('when "the" thing no list knows stands before the city, then it is no locality', () => {
    for (const t of [
      'enter gopal das in the system, nagpur, 98220 33220',
      'enter gopal das in the system nagpur 98220 33220',
    ])
      expect(read(t).entities).toEqual({ name: 'Gopal Das', phone: '+919822033220', city: 'Nagpur' });
  });

  test('when Hinglish asks what the status or the plan is, then it is a question', () => {
    for (const t of ['tarun bose ka kya status hai', 'rekha menon ka kya plan hai'])
      expect(read(t).intent).toBe('UNKNOWN');
  });
});

describe('held-out sets 368–388 classes', () => {
  test('when a correction is announced in words ("let me correct myself", "my mistake", "matlab"), then the value after it stands', () => {
    expect(read('schedule gopal das on saturday at 3, let me correct myself, 6').entities.visit_time).toBe(
      '2025-10-04T18:00:00+05:30',
    );
    expect(read('visit for tarun bose on monday my mistake tuesday at 10 am').entities.visit_time).toBe(
      '2025-10-07T10:00:00+05:30',
    );
    expect(read('rekha menon ko won mark karo matlab follow up').entities.status).toBe('FOLLOW_UP');
    expect(read('update rekha menon to lost, oops, in progress').entities.status).toBe('IN_PROGRESS');
    expect(
      read('create a lead anil roy, city nashik, let me correct that, nagpur, 98220 11220').entities,
    ).toEqual({
      name: 'Anil Roy',
      phone: '+919822011220',
      city: 'Nagpur',
    });
    expect(
      read('new lead anil roy from delhi, phone 98220 11220, what i meant was 98220 11221').entities.phone,
    ).toBe('+919822011221');
  });

  test('when the lead is corrected with an announced correction or "not X but Y", then the lead put instead is the one', () => {
    expect(read('update tarun bose, my mistake, rekha menon to won').entities).toEqual({
      lead: 'rekha menon',
      status: 'WON',
    });
    expect(read('book not tarun bose but gopal das for friday at 4').entities).toEqual({
      lead: 'gopal das',
      visit_time: '2025-10-10T16:00:00+05:30',
    });
    expect(read('mark not rekha but tarun as lost').entities).toEqual({ lead: 'tarun', status: 'LOST' });
  });

  test('when a doubt has a clause of its own before a command, then the command is sure', () => {
    expect(read('tarun bose isnt answering i guess its over mark him as lost').entities).toEqual({
      lead: 'tarun bose',
      status: 'LOST',
    });
    expect(read('rekha menon went quiet i feel the deal is dead update her to lost').entities.status).toBe(
      'LOST',
    );
    // (A doubt said of the command itself still asks.)
    expect(asksOrNothing('i think mark tarun bose as lost')).toBe(true);
  });

  test('when a first name that is also a city is said after words that no name holds, then it is the first name', () => {
    expect(
      read('met a lady at the mall yesterday salem kumari from madurai her number is 98220 11220').entities,
    ).toEqual({ name: 'Salem Kumari', phone: '+919822011220', city: 'Madurai' });
    // (After a place's cue, the city is the place: "lives in pune ravi kumar" is no name "Pune Ravi Kumar".)
    expect(read('new lead who lives in pune ravi kumar from nashik, 98220 11221').entities.name).toBe(
      'Ravi Kumar',
    );
  });

  test('when the file is to be closed after a loss, then it is the loss concluded, no note', () => {
    for (const t of [
      'gopal das bought a villa from another builder so we can close his file',
      'gopal das bought a villa from another builder, you can close his file now',
    ])
      expect(read(t).entities).toEqual({ lead: 'gopal das', status: 'LOST' });
    expect(read('rekha menon has dropped the plan, her file can be closed').entities).toEqual({
      lead: 'rekha menon',
      status: 'LOST',
    });
  });

  test('when the lead wants to think it over and come back, then it is a follow-up', () => {
    for (const t of [
      'tarun bose and his father want to discuss it at home and get back to us after the weekend',
      'rekha menon would like to consult her husband and revert',
    ])
      expect(read(t).entities.status).toBe('FOLLOW_UP');
  });

  test('when a second object is joined to the one a status ends on, then it is no part of the note', () => {
    expect(
      read('gopal das is bargaining on the car parking and the club membership he wants both free').entities,
    ).toEqual({ lead: 'gopal das', status: 'IN_PROGRESS', notes: 'he wants both free' });
    expect(read('rekha menon is negotiating on the price and the payment schedule').entities).toEqual({
      lead: 'rekha menon',
      status: 'IN_PROGRESS',
    });
  });

  test('when the one who gave a reference is named before it, then the new lead is the one referred', () => {
    expect(
      read('new lead gopal das gave us a reference his brother-in-law mohan rao from pune number 98220 11220')
        .entities,
    ).toEqual({ name: 'Mohan Rao', phone: '+919822011220', city: 'Pune', source: 'Referral' });
  });

  test('when Hinglish names a relation with "ke/ki/ka", then what the relation did is the relation\'s', () => {
    for (const t of [
      'gopal das ke bete ne apne liye flat book kar liya',
      'rekha menon ki bhabhi ne apne liye villa le liya',
    ])
      expect(asksOrNothing(t)).toBe(true);
    // (Money to book paid by the household is the lead's, as in English.)
    expect(read('rekha menon ke pati ne token de diya').entities).toEqual({
      lead: 'rekha menon',
      status: 'WON',
    });
  });

  test('when Hinglish likes it but will tell after talking, or decides in a month, then it is a follow-up', () => {
    expect(
      read('tarun bose ko project pasand aaya lekin family se baat karke batayega').entities.status,
    ).toBe('FOLLOW_UP');
    expect(read('rekha menon march mein decide karegi').entities.status).toBe('FOLLOW_UP');
  });

  test('when Hinglish gives a reason with "unhone" after the status, then the reason is the note', () => {
    expect(read('tarun bose ab interested nahi hai usne kahin aur flat le liya').entities).toEqual({
      lead: 'tarun bose',
      status: 'LOST',
      notes: 'he bought flat elsewhere',
    });
  });

  test('when Hinglish says the lead cannot come on one day and will come on another, then the other is booked', () => {
    expect(read('gopal das kal nahi aa payega, woh monday ko 11 baje aayega').entities).toEqual({
      lead: 'gopal das',
      visit_time: '2025-10-06T11:00:00+05:30',
    });
  });

  test('when the one who referred or brought a lead is described or is a firm, then it goes with the source', () => {
    expect(read('mohan rao nagpur 98220 11220 referred by a regular customer gopal das').entities).toEqual({
      name: 'Mohan Rao',
      phone: '+919822011220',
      city: 'Nagpur',
      source: 'Referral',
    });
    expect(read('mohan rao, nagpur, 98220 11220, broker lead from verma estates').entities).toEqual({
      name: 'Mohan Rao',
      phone: '+919822011220',
      city: 'Nagpur',
      source: 'Channel Partner',
    });
  });

  test('when a new lead is said to be interested after "and she", then it is part of adding the lead', () => {
    expect(
      readAll(
        'add mohan rao from nagpur, phone 98220 11220 and he is keen on a corner plot, source is facebook',
      ),
    ).toEqual([
      {
        intent: 'LEAD_CREATE',
        entities: { name: 'Mohan Rao', phone: '+919822011220', city: 'Nagpur', source: 'Facebook' },
      },
    ]);
  });

  test('when a new lead is said to come "without" a value, then "without" is no name', () => {
    expect(read('new lead without an email, mohan rao from nagpur, 98220 11220').entities.name).toBe(
      'Mohan Rao',
    );
  });

  test('when a purchase is put on ice or on the back burner, then it is asked, as on hold is', () => {
    for (const t of ['gopal das has put the deal on the back burner', "rekha menon's purchase is on ice"])
      expect(asksOrNothing(t)).toBe(true);
    expect(understandWithRules('gopal das has put the deal on the back burner').actions[0]?.intent).toBe(
      'LEAD_UPDATE',
    );
  });

  test('when the lead is "very much in the running" or "very much with us", then the talks are on', () => {
    expect(read('tarun bose is very much with us, his wife loved the balcony').entities).toEqual({
      lead: 'tarun bose',
      status: 'IN_PROGRESS',
      notes: 'his wife loved the balcony',
    });
  });

  test('when a fact said again opens with its article, or names "the other one", then the note keeps the words', () => {
    expect(read("gopal das's registration is done, the possession letter is issued").entities.notes).toBe(
      'the possession letter is issued',
    );
    expect(
      read('rekha menon has shortlisted our villa along with two others, she prefers the bigger one').entities
        .notes,
    ).toBe('she prefers the bigger one');
  });

  test('when the lead will reach, arrive at or be at the site at a time, then the visit is booked', () => {
    expect(read('tarun bose will arrive at the sample flat on monday at 11').entities).toEqual({
      lead: 'tarun bose',
      visit_time: '2025-10-06T11:00:00+05:30',
    });
    expect(read('rekha menon is reaching the site office tomorrow at 4').entities.visit_time).toBe(
      '2025-10-05T16:00:00+05:30',
    );
  });

  test('when the visit is a while away, said roughly or with a fraction, then it is that while from now', () => {
    for (const [t, at] of [
      ['tarun bose will be here in around three hours', '2025-10-04T13:00:00+05:30'],
      ['book rekha menon in half an hour', '2025-10-04T10:30:00+05:30'],
      ['gopal das is coming to the site in an hour and a half', '2025-10-04T11:30:00+05:30'],
      ['book tarun bose in about a quarter of an hour', '2025-10-04T10:15:00+05:30'],
    ] as const)
      expect(read(t).entities.visit_time).toBe(at);
  });

  test('when the lead comes "by" an hour, or "this day next week", then that hour and that day are booked', () => {
    expect(read('gopal das will come to the site by 4 today').entities.visit_time).toBe(
      '2025-10-04T16:00:00+05:30',
    );
    expect(read('book rekha menon for the same day next week at 11 am').entities).toEqual({
      lead: 'rekha menon',
      visit_time: '2025-10-11T11:00:00+05:30',
    });
  });

  test('when the lead is thinking of or planning to buy with us, then the talks are on', () => {
    for (const t of [
      "gopal das's sister booked with us in may and now gopal is also planning to book a 2 bhk",
      'rekha menon is seriously thinking about taking the corner unit',
    ])
      expect(read(t).entities.status).toBe('IN_PROGRESS');
  });

  test('when the lead and others "will both come" at a time, then the lead\'s visit is booked', () => {
    expect(read('tarun bose and his father will both come on monday at 11').entities).toEqual({
      lead: 'tarun bose',
      visit_time: '2025-10-06T11:00:00+05:30',
    });
  });

  test('when keenness on a home is taken back by a relation\'s "though … not", then it is asked', () => {
    expect(
      asksOrNothing('tarun bose is keen on the corner villa although his father is not happy with the view'),
    ).toBe(true);
  });

  test('when an id prefix whose letters repeat is the subject of a status, then the whole prefix is read', () => {
    for (const id of ['d2ae6d92', 'c3c118c9', 'b57ee26b', '1c2ec6c2'])
      expect(read(`lead ${id} is lost`).entities).toEqual({ lead: id, status: 'LOST' });
  });

  test('when any id or 8-character prefix is said in a request, then it is read whole (1,000 ids, fixed seed)', () => {
    let seed = 25;
    const hex = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return '0123456789abcdef'[(seed >>> 16) % 16];
    };
    const misread: string[] = [];
    for (let n = 0; n < 1000; n++) {
      const id = Array.from({ length: 32 }, hex).join('');
      const full = `${id.slice(0, 8)}-${id.slice(8, 12)}-${id.slice(12, 16)}-${id.slice(16, 20)}-${id.slice(20)}`;
      for (const [t, said] of [
        [`lead ${id.slice(0, 8)} is lost`, id.slice(0, 8)],
        [`mark lead ${full} as won`, full],
        [`book lead ${id.slice(0, 8)} for friday at 4`, id.slice(0, 8)],
      ] as const) {
        const [action] = understandWithRules(t).actions;
        if (action?.said.lead_reference?.toLowerCase() !== said) misread.push(t);
      }
    }
    expect(misread).toEqual([]);
  });

  test('when a visit is booked for a lead id prefix of letters a–f only, then it is booked for that id', () => {
    expect(read('schedule lead fcbd for monday at 11').entities).toEqual({
      lead: 'fcbd',
      visit_time: '2025-10-06T11:00:00+05:30',
    });
  });

  test('when "tkn recvd" or "in prog" is typed, then it is read as the words it stands for', () => {
    expect(read('gopal das won. tkn recvd').entities).toEqual({ lead: 'gopal das', status: 'WON' });
    expect(read('rekha menon in-prog').entities).toEqual({ lead: 'rekha menon', status: 'IN_PROGRESS' });
  });

  test('when a contraction is typed without its apostrophe, then it is read as with it', () => {
    expect(read('gopal das didnt like the flat and doesnt want to buy').entities).toMatchObject({
      lead: 'gopal das',
      status: 'LOST',
    });
    expect(read('rekha menon isnt interested').entities).toEqual({ lead: 'rekha menon', status: 'LOST' });
  });

  test('when a note is labelled with a noun ("with the note", "remarks", "add a note") and opens with "the", then the label is no part of it', () => {
    for (const t of [
      'mark gopal das as lost with the note the location is too far',
      'update gopal das to lost, remarks the location is too far',
      'gopal das lost add a note the location is too far',
    ])
      expect(read(t).entities).toEqual({
        lead: 'gopal das',
        status: 'LOST',
        notes: 'the location is too far',
      });
  });

  test('when the lead will call or write to fix another day, then it is a follow-up', () => {
    for (const t of [
      'gopal das cannot come on monday, he will message to set a new date',
      'rekha menon will suggest another time after her exams',
      'tarun bose will call us and fix a different day',
    ])
      expect(read(t).entities.status).toBe('FOLLOW_UP');
  });

  test('when one kind of home is turned down but "still" or "also" another is wanted, then it is asked, not lost', () => {
    for (const t of [
      'tarun bose is not interested in the plots but still wants to see the villas',
      'rekha menon is no longer keen on the row houses but also wants to look at flats',
    ])
      expect(asksOrNothing(t)).toBe(true);
  });
});

describe('held-out sets 389–418 classes', () => {
  test('when Hinglish says "kisi aur" or "koi aur" before a builder or a project, then it is another one and a loss', () => {
    expect(read('rekha menon ne kisi aur developer se villa le liya').entities).toEqual({
      lead: 'rekha menon',
      status: 'LOST',
    });
    expect(read('tarun bose ne koi aur project mein flat book kar liya').entities).toEqual({
      lead: 'tarun bose',
      status: 'LOST',
    });
  });

  test('when a Hinglish question ends with "kya hai" and a word of address or time, then it is a question', () => {
    expect(read('rekha menon ka status kya hai bhai').intent).toBe('UNKNOWN');
    expect(read('tarun bose ki booking ka kya hua abhi tak').intent).toBe('UNKNOWN');
  });

  test('when "like" stands alone between commas, then it is a filler and no note', () => {
    expect(
      read('gopal das, he is negotiating on the price, so, like, put him as in progress').entities,
    ).toEqual({
      lead: 'gopal das',
      status: 'IN_PROGRESS',
    });
    expect(read('rekha menon, like, paid the token today, mark her won').entities).toEqual({
      lead: 'rekha menon',
      status: 'WON',
    });
  });

  test('when time is asked for after an open status said as a word, then it is that status and its note', () => {
    expect(read('rekha menon in progress, needs a few more days').entities).toEqual({
      lead: 'rekha menon',
      status: 'IN_PROGRESS',
      notes: 'needs a few more days',
    });
    expect(read('tarun bose is in progress, he asked for some more time').entities).toEqual({
      lead: 'tarun bose',
      status: 'IN_PROGRESS',
      notes: 'he asked for some more time',
    });
  });

  test('when a lead "can do" or "can make it" a day and an hour, then that visit is booked', () => {
    expect(read('rekha menon can do monday at 4 pm').entities).toEqual({
      lead: 'rekha menon',
      visit_time: '2025-10-06T16:00:00+05:30',
    });
    expect(read('tarun bose can make it to the site on sunday morning at 11').entities).toEqual({
      lead: 'tarun bose',
      visit_time: '2025-10-05T11:00:00+05:30',
    });
    // Money or a task he can do is no visit.
    expect(read('gopal das can do 50 lakhs by monday').intent).not.toBe('VISIT_SCHEDULE');
    expect(read('gopal das can do the paperwork on monday').intent).not.toBe('VISIT_SCHEDULE');
  });

  test('when typed short forms say reschedule, from, call back, a city or a reference, then they are read', () => {
    expect(read('tarun bose resched visit to mon 11am').entities).toEqual({
      lead: 'tarun bose',
      visit_time: '2025-10-06T11:00:00+05:30',
    });
    expect(read('gopal das lost. bought frm another builder').entities).toEqual({
      lead: 'gopal das',
      status: 'LOST',
      notes: 'bought from another builder',
    });
    expect(read('rekha menon - cb tmrw').entities).toEqual({ lead: 'rekha menon', status: 'FOLLOW_UP' });
    expect(read('new lead - kiran rao, blr, 9845012345, ref').entities).toEqual({
      name: 'Kiran Rao',
      phone: '+919845012345',
      city: 'Bangalore',
      source: 'Referral',
    });
    expect(read('new lead: anil verma, ggn, 9810012345').entities.city).toBe('Gurgaon');
    expect(read('new lead kiran rao blr 9845012345 ref').entities.source).toBe('Referral');
  });

  test('when a correction puts another lead in a clause of its own ("sorry, X is the one who is lost"), then that lead is written', () => {
    expect(read('mark gopal das as lost, sorry, rekha menon is the one who is lost').entities).toEqual({
      lead: 'rekha menon',
      status: 'LOST',
    });
    expect(read('update tarun bose to won, no wait, it is gopal das who has won').entities).toEqual({
      lead: 'gopal das',
      status: 'WON',
    });
    expect(read('put rekha menon in follow up, scratch that, tarun bose is the one').entities).toEqual({
      lead: 'tarun bose',
      status: 'FOLLOW_UP',
    });
    expect(read('book gopal das for monday at 4, sorry, rekha menon is the one').entities).toEqual({
      lead: 'rekha menon',
      visit_time: '2025-10-06T16:00:00+05:30',
    });
    // The same lead said again is no other lead: the request stands.
    expect(read('mark gopal das as lost, sorry, gopal das is the one who is lost').entities).toEqual({
      lead: 'gopal das',
      status: 'LOST',
    });
  });
  test('when a follow-up is asked with two leads and another lead follows, then each lead is written once', () => {
    expect(readAll('follow up with rekha menon and tarun bose next week, and gopal das is lost')).toEqual([
      { intent: 'LEAD_UPDATE', entities: { lead: 'rekha menon', status: 'FOLLOW_UP' } },
      { intent: 'LEAD_UPDATE', entities: { lead: 'tarun bose', status: 'FOLLOW_UP' } },
      { intent: 'LEAD_UPDATE', entities: { lead: 'gopal das', status: 'LOST' } },
    ]);
    const marked = readAll('mark rekha menon and tarun bose as won, and gopal das is in progress');
    expect(marked).toHaveLength(3);
    expect(marked).toEqual(
      expect.arrayContaining([
        { intent: 'LEAD_UPDATE', entities: { lead: 'rekha menon', status: 'WON' } },
        { intent: 'LEAD_UPDATE', entities: { lead: 'tarun bose', status: 'WON' } },
        { intent: 'LEAD_UPDATE', entities: { lead: 'gopal das', status: 'IN_PROGRESS' } },
      ]),
    );
  });
  test('when requests are numbered ("two things, one, …, two, …"), then the numbers are no part of them', () => {
    expect(readAll('two things, one, gopal das is lost, two, rekha menon is coming on monday at 4')).toEqual([
      { intent: 'LEAD_UPDATE', entities: { lead: 'gopal das', status: 'LOST' } },
      {
        intent: 'VISIT_SCHEDULE',
        entities: { lead: 'rekha menon', visit_time: '2025-10-06T16:00:00+05:30' },
      },
    ]);
    expect(readAll('three updates: 1. tarun bose won 2. gopal das lost 3. rekha menon follow up')).toEqual([
      { intent: 'LEAD_UPDATE', entities: { lead: 'tarun bose', status: 'WON' } },
      { intent: 'LEAD_UPDATE', entities: { lead: 'gopal das', status: 'LOST' } },
      { intent: 'LEAD_UPDATE', entities: { lead: 'rekha menon', status: 'FOLLOW_UP' } },
    ]);
    // A number alone between commas is no list when it starts none: "at 4, 5 pm" is a repair.
    expect(read('book tarun bose for monday at 4, no, 5 pm').entities.visit_time).toBe(
      '2025-10-06T17:00:00+05:30',
    );
  });

  test('when another lead with a verb of their own follows a stop, then it is a request of its own', () => {
    expect(readAll('gopal das is lost. rekha menon will come on monday at 4')).toEqual([
      { intent: 'LEAD_UPDATE', entities: { lead: 'gopal das', status: 'LOST' } },
      {
        intent: 'VISIT_SCHEDULE',
        entities: { lead: 'rekha menon', visit_time: '2025-10-06T16:00:00+05:30' },
      },
    ]);
    expect(readAll('tarun bose is won, rekha menon wants a visit on monday at 4')).toEqual([
      { intent: 'LEAD_UPDATE', entities: { lead: 'tarun bose', status: 'WON' } },
      {
        intent: 'VISIT_SCHEDULE',
        entities: { lead: 'rekha menon', visit_time: '2025-10-06T16:00:00+05:30' },
      },
    ]);
    // Said without a stop, as a recogniser writes it, the status ends the first request.
    expect(readAll('gopal das is lost rekha menon will come on monday at 4')).toEqual([
      { intent: 'LEAD_UPDATE', entities: { lead: 'gopal das', status: 'LOST' } },
      {
        intent: 'VISIT_SCHEDULE',
        entities: { lead: 'rekha menon', visit_time: '2025-10-06T16:00:00+05:30' },
      },
    ]);
    // Someone who only comes along is no visit of their own.
    expect(readAll('book gopal das for monday at 4, rekha menon will join him')).toEqual([
      { intent: 'VISIT_SCHEDULE', entities: { lead: 'gopal das', visit_time: '2025-10-06T16:00:00+05:30' } },
    ]);
  });

  test('when one word of a name said in full before is the later subject, then "him" after it is that person', () => {
    expect(
      read(
        'met tarun bose and gopal das today, tarun was just looking, but das is serious, put him in progress',
      ).entities,
    ).toEqual({ lead: 'das', status: 'IN_PROGRESS' });
  });
  test('when Hinglish doubts with "lagta hai", refuses "saaf", or did not like it, then it is read so', () => {
    expect(asksOrNothing('tarun bose ko lagta hai interest nahi hai')).toBe(true);
    expect(read('tarun bose ko lagta hai interest nahi hai').entities.lead).toBe('tarun bose');
    expect(read('rekha menon ne saaf inkaar kar diya, unko location pasand nahi aayi').entities).toEqual({
      lead: 'rekha menon',
      status: 'LOST',
      notes: 'did not like the location',
    });
  });
  test('when Indian English puts "only" or "itself" after a status or a day, then it is emphasis and no note', () => {
    expect(read('rekha menon is interested only, she wants the corner flat').entities).toEqual({
      lead: 'rekha menon',
      status: 'IN_PROGRESS',
      notes: 'she wants the corner flat',
    });
    expect(read('tarun bose is lost only, no use calling').entities.status).toBe('LOST');
    expect(read('rekha menon is interested only she wants the corner flat').entities.notes).toBe(
      'she wants the corner flat',
    );
  });

  test('when a name is spelt out letter by letter after it is said, then the spelling is no part of the request', () => {
    expect(read('new lead kavya, that is k a v y a, menon, from pune, 98220 11234').entities).toEqual({
      name: 'Kavya Menon',
      phone: '+919822011234',
      city: 'Pune',
    });
    expect(read('add anil, spelt a n i l, verma from delhi 98110 11235').entities.name).toBe('Anil Verma');
    // Said without a comma, as a recogniser writes it.
    expect(read('new lead kavya that is k a v y a menon from pune 98220 11234').entities.name).toBe(
      'Kavya Menon',
    );
  });
  test('when a lead is called with a Telugu or Hindi honorific ("garu", "saab"), then it is no part of the name', () => {
    expect(read('gopal das garu is not interested').entities).toEqual({ lead: 'gopal das', status: 'LOST' });
    expect(read('menon saab wants to come on monday at 4').entities).toEqual({
      lead: 'menon',
      visit_time: '2025-10-06T16:00:00+05:30',
    });
  });
  test('when a request is typed with a hash-tag, brackets or a dotted date, then it is read as written out', () => {
    expect(read('#followup gopal das next week').entities).toEqual({
      lead: 'gopal das',
      status: 'FOLLOW_UP',
    });
    expect(read('rekha menon (in progress) - wants a corner flat').entities).toEqual({
      lead: 'rekha menon',
      status: 'IN_PROGRESS',
      notes: 'wants a corner flat',
    });
    expect(read('tarun bose visit on 07.10 at 11').entities.visit_time).toBe('2025-10-07T11:00:00+05:30');
    // A dotted hour stays an hour.
    expect(read('tarun bose visit tomorrow at 5.30 pm').entities.visit_time).toBe(
      '2025-10-05T17:30:00+05:30',
    );
  });

  test('when speech opens with where the speaker is or closes asking if it was heard, then that is no part of it', () => {
    expect(read('sorry for the noise, gopal das visit monday 11 am').entities).toEqual({
      lead: 'gopal das',
      visit_time: '2025-10-06T11:00:00+05:30',
    });
    expect(read('i am driving, mark rekha menon as lost, did you get that').entities).toEqual({
      lead: 'rekha menon',
      status: 'LOST',
    });
  });
  test('when Hinglish says "aa jayega", "poore paise de diye" or "chhod diya", then it is read', () => {
    expect(read('gopal das parso shaam chaar baje aa jayega').entities).toEqual({
      lead: 'gopal das',
      visit_time: '2025-10-06T16:00:00+05:30',
    });
    expect(read('rekha menon ne poore paise de diye').entities).toEqual({
      lead: 'rekha menon',
      status: 'WON',
    });
    expect(read('tarun bose ne plan chhod diya').entities).toEqual({ lead: 'tarun bose', status: 'LOST' });
    expect(read('gopal das has dropped our project, too far from his office').entities.status).toBe('LOST');
  });
  test('when two people are named together and "he" or "she" follows, then it is asked who, never the first guessed', () => {
    for (const transcript of [
      'met rohan sharma and priya nair at the site, she booked the corner flat today',
      'spoke to rohan sharma and tarun bose, he wants to visit on monday at 4',
      'gopal das came with rekha menon, he is not interested any more',
    ]) {
      const [action] = understandWithRules(transcript).actions;
      expect(action?.said.lead_reference ?? '').toMatch(/^(?:he|she|him|her|)$/);
    }
    // A request for both of the pair is theirs, whatever pronoun follows it.
    expect(
      readAll('book rohan sharma and priya nair for monday at 4, she will bring her mother').map(
        (action) => action.entities.lead,
      ),
    ).toEqual(['rohan sharma', 'priya nair']);
    expect(
      readAll('mark rohan sharma and priya nair as won, he paid for both').map(
        (action) => action.entities.lead,
      ),
    ).toEqual(['rohan sharma', 'priya nair']);
    // Named again as the subject of what follows, that one is meant.
    expect(
      read('adoor gopal came with tarun bose, only tarun is interested, put him in follow up').entities,
    ).toEqual({
      lead: 'tarun bose',
      status: 'FOLLOW_UP',
    });
    expect(
      read('adoor gopal came with tarun bose, tarun is interested, put him in follow up').entities,
    ).toEqual({
      lead: 'tarun bose',
      status: 'FOLLOW_UP',
    });
  });
  test('when a colleague is named with the lead ("rahul\'s lead X", "priya will take X\'s visit"), then X is the lead', () => {
    expect(read("anil's lead rekha menon has paid the token, mark her won").entities).toEqual({
      lead: 'rekha menon',
      status: 'WON',
    });
    expect(read("sunita will take gopal das's site visit on monday at 11").entities).toEqual({
      lead: 'gopal das',
      visit_time: '2025-10-06T11:00:00+05:30',
    });
    expect(read("kiran will handle tarun bose's visit tomorrow at 4").entities.lead).toBe('tarun bose');
    // The lead's own status said after "lead" is no other lead.
    expect(read("what is ravi's lead status").intent).toBe('UNKNOWN');
  });
});

describe('a person said again by name, in speech without stops, begins a clause', () => {
  test('when two leads are named and then each said again as a subject, then each gets their own request', () => {
    expect(
      readAll('ravi kumar and meena iyer were here ravi has paid the token meena wants time till march').map(
        (r) => [r.intent, r.entities.lead, r.entities.status],
      ),
    ).toEqual([
      ['LEAD_UPDATE', 'ravi kumar', 'WON'],
      ['LEAD_UPDATE', 'meena iyer', 'FOLLOW_UP'],
    ]);
  });

  test('when the name said again follows "and", "with", "but" or "only", then no clause is begun there', () => {
    expect(
      readAll('ravi kumar and meena iyer came but only meena iyer wants a visit on sunday at 4').map((r) => [
        r.intent,
        r.entities.lead,
      ]),
    ).toEqual([['VISIT_SCHEDULE', 'meena iyer']]);
  });
});

test('when a transcript holds no words (".", "?!"), then it is one request not understood, with a confidence', () => {
  for (const said of ['.', '?!', ' , ']) {
    const understanding = understandWithRules(said);
    expect(understanding.actions).toEqual([{ intent: 'UNKNOWN', said: {} }]);
    expect(Number.isFinite(understanding.confidence)).toBe(true);
  }
});
