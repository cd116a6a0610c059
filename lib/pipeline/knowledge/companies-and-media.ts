// Well-known companies, news organisations, pollsters and think tanks, in the organisations' format (name | other
// names | descriptive nouns | country | seats). A general list from public knowledge, so that names the 1996 news the
// tagger learned from never saw ("Meta", "TikTok", "Gallup") are organisations. "~" marks a form that is also a
// personal name ("Bloomberg"): a person tag wins. Names that are also common words or places ("Amazon", "Shell") are left out.
// The descriptive nouns let "the company", "the carmaker" or "the pollster" refer back to the latest one named.
export const COMPANIES_AND_MEDIA: readonly string[] = [
  // Technology
  'Meta|Meta Platforms|company;firm||', 'Google|Alphabet;Google LLC|company;firm||', 'Microsoft||company;firm|',
  'Apple|Apple Inc.|company;firm||', 'Nvidia|NVIDIA|company;firm||', 'OpenAI||company;firm|',
  'Anthropic||company;firm|', 'TikTok||company;firm|', 'ByteDance||company;firm|', 'Tesla|Tesla Inc.|company;firm||',
  'SpaceX||company;firm|', 'Starlink||company;firm|', 'Netflix||company;firm|',
  'Samsung|Samsung Electronics|company;firm||', 'Huawei||company;firm|', 'Alibaba Group|Alibaba|company;firm||',
  'Tencent||company;firm|', 'Intel||company;firm|', 'IBM||company;firm|', 'Facebook||company;firm|',
  'Instagram||company;firm|', 'WhatsApp||company;firm|', 'YouTube||company;firm|', 'Twitter||company;firm|',
  'LinkedIn||company;firm|', 'Uber||company;firm|', 'Airbnb||company;firm|', 'Spotify||company;firm|',
  'Palantir||company;firm|', 'Telegram||company;firm|',
  // Industry, energy, pharmaceuticals, finance, retail
  'Boeing||company;firm;planemaker|', 'Airbus||company;firm;planemaker|', 'Toyota||company;firm;carmaker|',
  'Volkswagen|VW|company;firm;carmaker||', 'General Motors|GM|company;firm;carmaker||',
  'Pfizer||company;firm;drugmaker|', 'Moderna||company;firm;drugmaker|', 'AstraZeneca||company;firm;drugmaker|',
  'Johnson & Johnson||company;firm;drugmaker|', 'ExxonMobil|Exxon Mobil;Exxon|company;firm;oil company;oil giant||',
  'Chevron||company;firm;oil company;oil giant|', 'BP||company;firm;oil company;oil giant|',
  'Gazprom||company;firm;gas giant|', 'Rosneft||company;firm;oil company|',
  'Saudi Aramco|Aramco|company;firm;oil company;oil giant||', 'Goldman Sachs||company;firm;bank|',
  'JPMorgan Chase|JPMorgan;JP Morgan;J.P. Morgan|company;firm;bank||', 'BlackRock||company;firm;asset manager|',
  'Walmart|Wal-Mart|company;firm;retailer||', 'Berkshire Hathaway||company;firm|',
  'Morgan Stanley||company;firm;bank|', 'Citigroup|Citi|company;firm;bank||', 'Bank of America||company;firm;bank|',
  'Wells Fargo||company;firm;bank|', 'HSBC||company;firm;bank|', 'Barclays||company;firm;bank|',
  'Deutsche Bank||company;firm;bank|', 'UBS||company;firm;bank|', 'Credit Suisse||company;firm;bank|',
  'BNP Paribas||company;firm;bank|', 'Santander|Banco Santander|company;firm;bank||',
  'Tesco||company;firm;supermarket;retailer|', "Sainsbury's|~Sainsbury|company;firm;supermarket;retailer||",
  'Asda||company;firm;supermarket;retailer|', 'Aldi||company;firm;supermarket;retailer|',
  'Lidl||company;firm;supermarket;retailer|', 'Carrefour||company;firm;supermarket;retailer|',
  'Costco||company;firm;retailer|', 'Kroger||company;firm;supermarket;retailer|',
  'Ahold Delhaize||company;firm;supermarket;retailer|', 'IKEA|Ikea|company;firm;retailer||',
  'Nestlé|Nestle|company;firm;food company||', 'Unilever||company;firm|', 'Procter & Gamble|P&G|company;firm||',
  'Coca-Cola||company;firm|', 'PepsiCo||company;firm|', "McDonald's||company;firm;chain|", 'Starbucks||company;firm;chain|',
  // News organisations
  'Reuters|Thomson Reuters|||', 'Associated Press|AP|||', 'Agence France-Presse|AFP|||',
  'Bloomberg News|~Bloomberg|||', 'CNN|||', 'BBC|British Broadcasting Corporation|||', 'Fox News|||',
  'NBC News|NBC|||', 'CBS News|CBS|||', 'NPR|National Public Radio|||', 'The New York Times|New York Times;NYT|||',
  'The Washington Post|Washington Post|||', 'The Wall Street Journal|Wall Street Journal;WSJ|||',
  'Financial Times|||', 'The Guardian|||', 'Al Jazeera|||', 'Politico|||', 'Axios|||',
  'Xinhua|Xinhua News Agency|||', 'TASS|||', 'RIA Novosti|||', 'Deutsche Welle|||', 'Le Monde|||', 'Der Spiegel|||',
  // Pollsters and think tanks
  'Gallup||pollster|', 'Pew Research Center|Pew|think tank||', 'YouGov||pollster|', 'Ipsos||pollster|',
  'Quinnipiac University|Quinnipiac|||', 'Brookings Institution|Brookings|think tank||',
  'RAND Corporation||think tank|', 'Heritage Foundation||think tank|', 'Council on Foreign Relations||think tank|',
  'Carnegie Endowment for International Peace|Carnegie Endowment|think tank||', 'Chatham House||think tank|',
  'International Crisis Group|Crisis Group|think tank||', 'Institute for the Study of War|ISW|think tank||',
];
