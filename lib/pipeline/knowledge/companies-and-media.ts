// Well-known companies, news organisations, pollsters and think tanks, in the organisations' format (name | other
// names | descriptive nouns | country | seats). A general list from public knowledge, so that names the 1996 news the
// tagger learned from never saw ("Meta", "TikTok", "Gallup") are organisations. "~" marks a form that is also a
// personal name ("Bloomberg"): a person tag wins. Names that are also common words or places ("Amazon", "Shell") are left out.
export const COMPANIES_AND_MEDIA: readonly string[] = [
  // Technology
  'Meta|Meta Platforms|||', 'Google|Alphabet;Google LLC|||', 'Microsoft|||', 'Apple|Apple Inc.|||', 'Nvidia|NVIDIA|||',
  'OpenAI|||', 'Anthropic|||', 'TikTok|||', 'ByteDance|||', 'Tesla|Tesla Inc.|||', 'SpaceX|||', 'Starlink|||',
  'Netflix|||', 'Samsung|Samsung Electronics|||', 'Huawei|||', 'Alibaba Group|Alibaba|||', 'Tencent|||', 'Intel|||',
  'IBM|||', 'Facebook|||', 'Instagram|||', 'WhatsApp|||', 'YouTube|||', 'Twitter|||', 'LinkedIn|||', 'Uber|||',
  'Airbnb|||', 'Spotify|||', 'Palantir|||', 'Telegram|||',
  // Industry, energy, pharmaceuticals, finance, retail
  'Boeing|||', 'Airbus|||', 'Toyota|||', 'Volkswagen|VW|||', 'General Motors|GM|||', 'Pfizer|||', 'Moderna|||',
  'AstraZeneca|||', 'Johnson & Johnson|||', 'ExxonMobil|Exxon Mobil;Exxon|||', 'Chevron|||', 'BP|||', 'Gazprom|||',
  'Rosneft|||', 'Saudi Aramco|Aramco|||', 'Goldman Sachs|||', 'JPMorgan Chase|JPMorgan;JP Morgan;J.P. Morgan|||',
  'BlackRock|||', 'Walmart|Wal-Mart|||', 'Berkshire Hathaway|||',
  // News organisations
  'Reuters|Thomson Reuters|||', 'Associated Press|AP|||', 'Agence France-Presse|AFP|||', 'Bloomberg News|~Bloomberg|||',
  'CNN|||', 'BBC|British Broadcasting Corporation|||', 'Fox News|||', 'NBC News|NBC|||', 'CBS News|CBS|||', 'NPR|National Public Radio|||',
  'The New York Times|New York Times;NYT|||', 'The Washington Post|Washington Post|||',
  'The Wall Street Journal|Wall Street Journal;WSJ|||', 'Financial Times|||', 'The Guardian|||', 'Al Jazeera|||',
  'Politico|||', 'Axios|||', 'Xinhua|Xinhua News Agency|||', 'TASS|||', 'RIA Novosti|||', 'Deutsche Welle|||',
  'Le Monde|||', 'Der Spiegel|||',
  // Pollsters and think tanks
  'Gallup|||', 'Pew Research Center|Pew|||', 'YouGov|||', 'Ipsos|||', 'Quinnipiac University|Quinnipiac|||',
  'Brookings Institution|Brookings|||', 'RAND Corporation|||', 'Heritage Foundation|||', 'Council on Foreign Relations|||',
  'Carnegie Endowment for International Peace|Carnegie Endowment|||', 'Chatham House|||', 'International Crisis Group|Crisis Group|||',
  'Institute for the Study of War|ISW|||',
];
