// ISO 3166-1 country codes and common English country names (for BIC and location checks).

const ALPHA2 =
  'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
  'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO ' +
  'FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE ' +
  'JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO ' +
  'MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW ' +
  'PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM ' +
  'TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS XK YE YT ZA ZM ZW';

const ALPHA3 =
  'AFG ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BMU BTN BOL BIH BWA ' +
  'BRA BRN BGR BFA BDI KHM CMR CAN CPV CYM CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ' +
  'ECU EGY SLV GNQ ERI EST ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRL GRD GUM GTM GIN GNB GUY HTI HND HKG HUN ISL ' +
  'IND IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MAC MDG ' +
  'MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD NOR OMN ' +
  'PAK PLW PSE PAN PNG PRY PER PHL POL PRT PRI QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SVK ' +
  'SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TWN TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA UKR ARE GBR ' +
  'USA URY UZB VUT VAT VEN VNM YEM ZMB ZWE';

/** Upper-case ISO 3166-1 alpha-2 codes. */
export const ISO_COUNTRIES: ReadonlySet<string> = new Set(ALPHA2.split(' '));
/** Upper-case ISO 3166-1 alpha-3 codes. */
export const ISO_COUNTRIES_3: ReadonlySet<string> = new Set(ALPHA3.split(' '));

const NAMES = [
  'afghanistan', 'albania', 'algeria', 'andorra', 'angola', 'argentina', 'armenia', 'australia', 'austria',
  'azerbaijan', 'bahamas', 'bahrain', 'bangladesh', 'barbados', 'belarus', 'belgium', 'belize', 'benin', 'bhutan',
  'bolivia', 'bosnia and herzegovina', 'botswana', 'brazil', 'brunei', 'bulgaria', 'burkina faso', 'burundi',
  'cambodia', 'cameroon', 'canada', 'cape verde', 'chad', 'chile', 'china', 'colombia', 'comoros', 'congo',
  'costa rica', 'croatia', 'cuba', 'cyprus', 'czech republic', 'czechia', 'denmark', 'djibouti', 'dominica',
  'dominican republic', 'ecuador', 'egypt', 'el salvador', 'estonia', 'eswatini', 'ethiopia', 'fiji', 'finland',
  'france', 'gabon', 'gambia', 'georgia', 'germany', 'ghana', 'greece', 'grenada', 'guatemala', 'guinea', 'guyana',
  'haiti', 'honduras', 'hong kong', 'hungary', 'iceland', 'india', 'indonesia', 'iran', 'iraq', 'ireland', 'israel',
  'italy', 'ivory coast', 'jamaica', 'japan', 'jordan', 'kazakhstan', 'kenya', 'kuwait', 'kyrgyzstan', 'laos',
  'latvia', 'lebanon', 'lesotho', 'liberia', 'libya', 'liechtenstein', 'lithuania', 'luxembourg', 'macau', 'madagascar',
  'malawi', 'malaysia', 'maldives', 'mali', 'malta', 'mauritania', 'mauritius', 'mexico', 'moldova', 'monaco',
  'mongolia', 'montenegro', 'morocco', 'mozambique', 'myanmar', 'namibia', 'nepal', 'netherlands', 'new zealand',
  'nicaragua', 'niger', 'nigeria', 'north korea', 'north macedonia', 'norway', 'oman', 'pakistan', 'palestine',
  'panama', 'papua new guinea', 'paraguay', 'peru', 'philippines', 'poland', 'portugal', 'puerto rico', 'qatar',
  'romania', 'russia', 'russian federation', 'rwanda', 'saudi arabia', 'senegal', 'serbia', 'seychelles',
  'sierra leone', 'singapore', 'slovakia', 'slovenia', 'somalia', 'south africa', 'south korea', 'korea',
  'south sudan', 'spain', 'sri lanka', 'sudan', 'suriname', 'sweden', 'switzerland', 'syria', 'taiwan',
  'tajikistan', 'tanzania', 'thailand', 'togo', 'trinidad and tobago', 'tunisia', 'turkey', 'türkiye',
  'turkmenistan', 'uganda', 'ukraine', 'united arab emirates', 'united kingdom', 'uk', 'united states',
  'united states of america', 'usa', 'uruguay', 'uzbekistan', 'vatican city', 'venezuela', 'vietnam', 'viet nam',
  'yemen', 'zambia', 'zimbabwe', 'england', 'scotland', 'wales',
  '中国', '美国', '日本', '韩国', '英国', '德国', '法国', '俄罗斯', '加拿大', '澳大利亚', '新加坡', '印度', '中国香港', '中国台湾', '香港', '台湾', '澳门',
];
/** Lower-case English (and a few Chinese) country names. */
export const COUNTRY_NAMES: ReadonlySet<string> = new Set(NAMES);
