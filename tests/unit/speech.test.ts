import { compare, isWrongWrite, observe } from '../../src/doors/regression/score';
import { cityOfPincode, findLocality } from '../../src/values/localities';
import { normalizeTranscript } from '../../src/values/normalize';
import { resolveRepairs } from '../../src/values/repairs';
import { findStatusPhrase, statusFromWords } from '../../src/values/status';

/** The speech mechanisms on their own: repairs, statuses as facts, localities, the wrong-write score. */
describe('repairs', () => {
  test.each([
    ['at 3 no sorry 4', 'at 4'],
    ['on monday wait tuesday at 4 pm', 'on tuesday at 4 pm'],
    ['mark him as won i mean follow up', 'mark him as follow up'],
    ['from thane actually make that pune phone 98220 55667', 'from pune phone 98220 55667'],
    ['phone 98220 55667 sorry 98220 55668', 'phone 98220 55668'],
    ['new lead sameer no sorry samir khan', 'new lead samir khan'],
    ['for priya, no, for sunita, at 3', 'for sunita, at 3'],
    ['tomorrow not at 4 but at 5', 'tomorrow at 5'],
    ['at 5 no make it 6', 'at 6'],
    ['for sunday at 12 change that to 1', 'for sunday at 1'],
    ['on friday at 9 pm sorry am', 'on friday at 9 am'],
    ['mark him as lost no follow up instead', 'mark him as follow up'],
    ['he is not won but in progress', 'he is in progress'],
    ['mark her as not lost but follow up', 'mark her as follow up'],
    ['schedule it for manish no for kiran at 5', 'schedule it for kiran at 5'],
    ['new lead from karad sorry satara', 'new lead from satara'],
    ['from noida i mean mumbai', 'from mumbai'],
    ['lokesh is lost no no he is in progress', 'lokesh is he is in progress'],
    ['Schedule Sharad tomorrow at 11. No wait, 12.', 'Schedule Sharad tomorrow at 12.'],
    ['for monday, no, just tuesday at 4', 'for tuesday at 4'],
    ['new lead ravi k no just ravi kumar from pune', 'new lead ravi kumar from pune'],
    ['set her to won no not won follow up', 'set her to follow up'],
    ['from indore sorry not indore bhopal', 'from bhopal'],
    ['add lead mohan lal sharma ji sorry mohan sharma', 'add lead mohan sharma'],
  ])('when "%s" is said, then the correction stands: "%s"', (said, meant) => {
    expect(resolveRepairs(said)).toBe(meant);
  });

  test.each([
    ['update lead phone no 98220 55667 to won'],
    ['source no broker, city pune'],
    ['sorry to bother, add a lead'],
  ])('when "%s" holds no correction, then nothing is cut', (said) => {
    expect(resolveRepairs(said)).toBe(said);
  });

  test.each([
    ['mark ramesh no suresh as won', 'mark suresh as won'],
    ['schedule priya, no, kavita tomorrow at 4', 'schedule kavita tomorrow at 4'],
    ['visit for anil no sunil on monday', 'visit for sunil on monday'],
    ['update meena no reena to lost', 'update reena to lost'],
  ])('when a bare "no" puts one name for another ("%s"), then the second name stands', (said, meant) => {
    expect(resolveRepairs(said)).toBe(meant);
  });

  test.each([
    ['mark him as won no no as lost', 'mark him as lost'],
    ['set her to lost no to follow up', 'set her to follow up'],
    ['book her on monday at 4 no at 5', 'book her on monday at 5'],
  ])(
    'when a bare "no" is followed by the cue and a new value ("%s"), then the new value stands',
    (said, meant) => {
      expect(resolveRepairs(said)).toBe(meant);
    },
  );

  test.each([
    ['tomorrow morning 10 no evening 6', 'tomorrow evening 6'],
    ['on friday evening 5 sorry morning 11', 'on friday morning 11'],
  ])('when a time said with its part of the day is repaired ("%s"), then both go', (said, meant) => {
    expect(resolveRepairs(said)).toBe(meant);
  });

  test('when a lead is said again with the new value after "no", then the value is replaced, the lead kept', () => {
    expect(resolveRepairs('mark anil won and sunil lost no sunil follow up')).toBe(
      'mark anil won and sunil follow up',
    );
  });

  test.each([
    ['sneha no response since monday'],
    ['mark ravi no show'],
    ['for ravi no parking is needed'],
    ['book kiran no problem on friday at 5'],
    ['meena no longer wants the flat'],
    ['new lead from indore, name is vikas jain, no phone yet'],
    ['add lead sunil, no city yet'],
  ])('when "no" after a name says "none" ("%s"), then it is no repair', (said) => {
    expect(resolveRepairs(said)).toBe(said);
  });

  test('when a marker follows a value but nothing replaces it, then the value is retracted, not kept', () => {
    expect(resolveRepairs('mark priya as won, no wait, she has not decided')).not.toMatch(/\bwon\b/);
  });

  test.each([
    ['book anu for thursday at four thirty', 'book anu for thursday at 4:30'],
    [
      'mark deepak as lost since he moved to another city',
      'mark deepak as lost since he moved to another city',
    ],
    ['okay so mark ravi as won, thanks', 'mark ravi as won'],
    ['hi', 'hi'],
  ])('when "%s" is normalised, then only openers and thanks go: "%s"', (said, meant) => {
    expect(normalizeTranscript(said)).toBe(meant);
  });

  test('when the whole transcript is normalised, then spoken numbers are repaired too', () => {
    expect(normalizeTranscript('book priya for thursday at three no sorry four')).toBe(
      'book priya for thursday at 4',
    );
  });
});

describe('statuses said as facts', () => {
  test.each([
    ['they chose a resale flat elsewhere', 'LOST'],
    ['she bought a flat from another builder', 'LOST'],
    ['he went with a competitor', 'LOST'],
    ['transferred the token money', 'WON'],
    ['call her back after diwali', 'FOLLOW_UP'],
    ['talks are on', 'IN_PROGRESS'],
    ['still not interested', 'LOST'],
    ['went with some other builder instead', 'LOST'],
    ['booked with a rival developer instead', 'LOST'],
    ['bought a resale flat', 'LOST'],
    ['took a flat in another society', 'LOST'],
    ['they gave the booking advance', 'WON'],
    ['token money has been deposited', 'WON'],
    ['negotiations are still happening', 'IN_PROGRESS'],
    ['talks are ongoing', 'IN_PROGRESS'],
    ['call him after two weeks', 'FOLLOW_UP'],
    ['ring her next month', 'FOLLOW_UP'],
    ['went ahead with a different builder', 'LOST'],
    ['has confirmed the deal', 'WON'],
    ['still interested talks are going on', 'IN_PROGRESS'],
    ['ring vandana again', 'FOLLOW_UP'],
    ['said yes to the booking', 'WON'],
    ['he is still thinking', 'IN_PROGRESS'],
    ['the deal fell through', 'LOST'],
    ['has paid the full amount', 'WON'],
    ['get back to him after two weeks', 'FOLLOW_UP'],
    ['call him back when he returns', 'FOLLOW_UP'],
    ['booking done', 'WON'],
    ['will revert after discussing with family', 'FOLLOW_UP'],
    ['said yes we will take the flat', 'WON'],
    ['said we are not looking anymore', 'LOST'],
    ['we lost the deal', 'LOST'],
    ['cancelled his booking', 'LOST'],
  ])('when "%s" is said, then it means %s', (words, status) => {
    expect(statusFromWords(words)).toBe(status);
  });

  test.each([
    ['pending'],
    ['on hold'],
    ['hot'],
    ['cold'],
    ['not won'],
    ['did not book'],
    ['won or lost'],
    ['won, he bought elsewhere'],
    ['do not lost'],
    ['won once she pays'],
    ['lost if he does not call'],
    ['lost her phone'],
    ['won a lottery'],
    ['he will take the call tomorrow'],
    ['cancelled his visit'],
  ])('when "%s" is said, then it names no status to write', (words) => {
    expect(statusFromWords(words)).toBeNull();
  });

  test('when a status is said negated, then the phrase found covers the negation', () => {
    expect(findStatusPhrase('vikram did not book')).toMatchObject({ negated: true, status: 'WON' });
  });
});

describe('hinglish and spoken dates', () => {
  test.each([
    ['rekha ne kahin aur flat le liya', 'rekha bought flat elsewhere'],
    ['naveen ne dusre builder se flat le liya', 'naveen bought flat from another builder'],
    ['tanvi site visit twenty second at eleven a m', 'tanvi site visit 22nd at 11 am'],
    ['book sanjay fifteenth at 4 pm', 'book sanjay 15th at 4 pm'],
    ['book qadir like uh monday at 11', 'book qadir monday at 11'],
  ])('when "%s" is said, then it reads "%s"', (said, read) => {
    expect(normalizeTranscript(said)).toBe(read);
  });

  test.each([
    ['meet lata on friday for p m', 'meet lata on friday 4 pm'],
    ['visit for arun tuesday to pm', 'visit for arun tuesday 2 pm'],
    ['book ravi for 5 pm', 'book ravi for 5 pm'],
    ['book a meeting for amit', 'book a meeting for amit'],
  ])('when "for" or "to" stands for an hour before "pm" ("%s"), then it reads "%s"', (said, read) => {
    expect(normalizeTranscript(said)).toBe(read);
  });

  test('when "twenty seconds" is said, then it is no date', () => {
    expect(normalizeTranscript('wait twenty seconds')).not.toMatch(/\d+(?:st|nd|rd|th)/);
  });
});

describe('localities', () => {
  test('when a locality one city has is named, then it names that city', () => {
    expect(findLocality('kothrud')).toEqual({ name: 'Kothrud', cities: ['Pune'] });
  });

  test('when several cities have a locality of that name, then all are listed, to ask which', () => {
    expect(findLocality('malviya nagar')?.cities.length).toBeGreaterThan(1);
  });

  test('when a post office lies in a town of the district outside its city, then no city claims it', () => {
    // Virar (Vasai taluk, Thane district) and Baramati (Baramati taluk, Pune district) are towns.
    expect(findLocality('virar')?.cities).toEqual([]);
    expect(findLocality('baramati')?.cities).toEqual([]);
    // Kothrud is in the Pune City taluk; every office of an all-city district is the city's.
    expect(findLocality('kothrud')?.cities).toEqual(['Pune']);
    expect(findLocality('jubilee hills')?.cities).toEqual(['Hyderabad']);
  });

  test('when a district is named other than its city, then the offices of its city taluk are that city', () => {
    // Ernakulam district is Kochi: its Ernakulam and Kochi taluks are the city; Aluva is a town.
    expect(findLocality('vyttila')?.cities).toEqual(['Kochi']);
    expect(findLocality('thrikkakara')?.cities).toEqual(['Kochi']);
    expect(findLocality('aluva')?.cities ?? []).toEqual([]);
  });

  test('when a locality of a city is also a town elsewhere, then both are named, to ask which', () => {
    // "Anantapur" is an area of Howrah and a city with its own head post office; so are Rajapalayam (and
    // an area of Salem), Sirsi (and Karnal), Karad (and Panipat).
    expect(findLocality('rajapalayam')?.cities).toEqual(['Rajapalayam', 'Salem']);
    expect(findLocality('sirsi')?.cities).toEqual(['Karnal', 'Sirsi']);
    expect(findLocality('karad')?.cities).toEqual(['Karad', 'Panipat']);
    expect(findLocality('anantapur')?.cities).toEqual(['Anantapur', 'Howrah']);
    // A head office of an all-city district is a part of that city ("Sarojini Nagar H.O", Delhi).
    expect(findLocality('kalkaji')?.cities).toEqual(['Delhi']);
    expect(findLocality('sarojini nagar')?.cities).toContain('Delhi');
    // A name no town has elsewhere stays the city's.
    expect(findLocality('wakad')?.cities).toEqual(['Pune']);
    expect(findLocality('madhapur')?.cities).toEqual(['Hyderabad']);
  });

  test('when an office is named after a town of another taluk, then that town is no locality of its city', () => {
    // "Anandpar(Morbi) B.O" (Rajkot taluk) is a village near Morbi, which is a town of its own taluk.
    expect(findLocality('morbi')?.cities ?? []).not.toContain('Rajkot');
    // "Palanpur Nd B.O" (Surat City taluk) is named after Palanpur, the town of its own taluk.
    expect(findLocality('palanpur')?.cities ?? []).toEqual([]);
    // In an all-city district, the offices name the city's own parts ("Powai Iit S.O" → Powai).
    expect(findLocality('powai')?.cities).toEqual(['Mumbai']);
  });

  test('when a locality is said with a side of town the list does not name, then it is that locality', () => {
    expect(findLocality('andheri west')).toEqual({ name: 'Andheri West', cities: ['Mumbai'] });
    expect(findLocality('kothrud north')).toEqual({ name: 'Kothrud North', cities: ['Pune'] });
    expect(findLocality('zzqx west')).toBeNull();
  });

  test('when the first word of an office name begins names all over India, then it is no locality alone', () => {
    // "Gandhi Smarak Nidhi S.O" (New Delhi) makes no locality "gandhi": a surname, in many districts.
    expect(findLocality('gandhi')).toBeNull();
    expect(findLocality('shivaji nagar')).not.toBeNull();
    // "Powai Iit S.O": a first word of one place is the locality people say.
    expect(findLocality('powai')).toEqual({ name: 'Powai', cities: ['Mumbai'] });
  });

  test('when a pin code is said, then the city its post offices lie in is the city', () => {
    expect(cityOfPincode('411038')).toBe('Pune');
    expect(cityOfPincode('560 034')).toBe('Bangalore');
    expect(cityOfPincode('110017')).toBe('Delhi');
    expect(cityOfPincode('999999')).toBeNull();
  });

  test('when a city or an unknown word is named, then it is no locality', () => {
    expect(findLocality('pune')).toBeNull();
    expect(findLocality('zzqx')).toBeNull();
  });
});

describe('wrong writes', () => {
  const written = (entities: Record<string, string>) =>
    observe(200, { intent: 'LEAD_UPDATE', entities, result: { message: 'ok' } });
  const expected = {
    intent: 'LEAD_UPDATE' as const,
    outcome: 'ok' as const,
    entities: { lead_id: 'a', status: 'LOST' },
  };

  test('when the values written differ from the expected ones, then it is a wrong write', () => {
    expect(isWrongWrite(expected, written({ lead_id: 'a', status: 'WON' }))).toBe(true);
  });

  test('when an error was expected and something was written, then it is a wrong write', () => {
    expect(
      isWrongWrite(
        { ...expected, outcome: 'VALIDATION_ERROR', entities: {} },
        written({ lead_id: 'a', status: 'WON' }),
      ),
    ).toBe(true);
  });

  test('when one request was expected and a second one was written, then the frame is wrong too', () => {
    const two = observe(200, {
      intent: 'LEAD_UPDATE',
      entities: { lead_id: 'a', status: 'LOST' },
      actions: [
        { intent: 'LEAD_UPDATE', entities: { lead_id: 'a', status: 'LOST' }, result: { message: 'ok' } },
        { intent: 'LEAD_UPDATE', entities: { lead_id: 'b', status: 'WON' }, result: { message: 'ok' } },
      ],
      result: { message: 'ok' },
    });
    expect(isWrongWrite(expected, two)).toBe(true);
    expect(compare(expected, two)).toContain('actions.length: - 1  + 2');
  });

  test('when the right values were written, or the bot asked instead of writing, then it is none', () => {
    expect(isWrongWrite(expected, written({ lead_id: 'a', status: 'LOST' }))).toBe(false);
    const asked = observe(422, { intent: 'LEAD_UPDATE', entities: {}, error: { type: 'VALIDATION_ERROR' } });
    expect(isWrongWrite(expected, asked)).toBe(false);
  });
});

describe('stutters', () => {
  test.each([['mark priya as won, won, no wait, she has not decided', /\bwon\b/]])(
    'when "%s" is said, then the retracted value is gone with its echo',
    (said, gone) => {
      expect(normalizeTranscript(said)).not.toMatch(gone);
    },
  );

  test.each([
    ['book om prakash for for tuesday at 3', 'book om prakash for tuesday at 3'],
    ['fix a meeting on 1st november 2025 2025 at 5 pm', 'fix a meeting on 1st november 2025 at 5 pm'],
    ['phone nine eight for for two zero one one two two', 'phone 9844201122'],
  ])('when "%s" is normalised, then a stutter is said once: "%s"', (said, meant) => {
    expect(normalizeTranscript(said)).toBe(meant);
  });
});
