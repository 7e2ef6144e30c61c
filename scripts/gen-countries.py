#!/usr/bin/env python3
"""Generate data/countries.tsv from Debian's iso-codes package plus a
hand-written table of everyday names, demonyms and places.

Usage: scripts/gen-countries.py [--iso ISO_JSON] [-o OUTPUT]
  ISO_JSON defaults to /usr/share/iso-codes/json/iso_3166-1.json
  OUTPUT   defaults to data/countries.tsv next to this script (- for stdout);
           e.g. `scripts/gen-countries.py -o - | cmp - data/countries.tsv`

The output is deterministic (sorted by code) so re-running it reproduces the
file byte for byte.  Format: see data/FORMAT.md.

Hand table columns (TAB separated):  code  label  names  adjectives  places
  label '-'  -> the iso-codes common name (or name, normalised)
  names      -> extra names, added after the label and before iso-derived ones;
                '!Name' removes a name (e.g. an iso name that is ambiguous)
  adjectives -> adjectives and demonyms, singular and plural
  places     -> capital first, then major cities
Accented names get an ASCII-folded variant automatically (São Paulo -> Sao Paulo).
Codes absent from iso-codes (XKX Kosovo) are taken from the hand table alone.
"""
import argparse
import json
import os
import sys
import unicodedata

HAND = """\
ABW	-	-	Aruban|Arubans	Oranjestad
AFG	-	-	Afghan|Afghans|Afghani	Kabul|Kandahar|Herat|Mazar-i-Sharif|Jalalabad|Kunduz|Ghazni|Bagram
AGO	-	-	Angolan|Angolans	Luanda|Huambo|Lobito|Benguela|Cabinda
AIA	-	-	Anguillan|Anguillans	-
ALA	-	-	-	Mariehamn
ALB	-	-	Albanian|Albanians	Tirana|Durres|Vlore|Shkoder
AND	-	-	Andorran|Andorrans	Andorra la Vella
ARE	United Arab Emirates	UAE|U.A.E.|Emirates	Emirati|Emiratis	Abu Dhabi|Dubai|Sharjah|Ajman|Ras al-Khaimah|Fujairah|Al Ain
ARG	-	-	Argentine|Argentines|Argentinian|Argentinians|Argentinean	Buenos Aires|Cordoba|Rosario|Mendoza|La Plata|Mar del Plata|Ushuaia
ARM	-	-	Armenian|Armenians	Yerevan|Gyumri|Vanadzor
ASM	-	-	American Samoan|American Samoans	Pago Pago
ATA	-	-	Antarctic	-
ATF	-	-	-	-
ATG	-	Antigua|Barbuda	Antiguan|Antiguans	St. John's|Saint John's
AUS	-	-	Australian|Australians|Aussie|Aussies	Canberra|Sydney|Melbourne|Brisbane|Perth|Adelaide|Darwin|Hobart|Gold Coast
AUT	-	-	Austrian|Austrians	Vienna|Graz|Linz|Salzburg|Innsbruck
AZE	-	-	Azerbaijani|Azerbaijanis|Azeri|Azeris	Baku|Ganja|Sumgait|Nakhchivan
BDI	-	-	Burundian|Burundians	Gitega|Bujumbura
BEL	-	-	Belgian|Belgians	Brussels|Antwerp|Ghent|Liege|Bruges|Charleroi|Namur
BEN	-	-	Beninese	Porto-Novo|Cotonou|Parakou
BES	Caribbean Netherlands	-	-	Kralendijk
BFA	-	-	Burkinabe|Burkinabes|Burkinabè	Ouagadougou|Bobo-Dioulasso|Koudougou|Djibo
BGD	-	-	Bangladeshi|Bangladeshis	Dhaka|Chittagong|Chattogram|Khulna|Sylhet|Rajshahi|Cox's Bazar
BGR	-	-	Bulgarian|Bulgarians	Sofia|Plovdiv|Varna|Burgas
BHR	-	-	Bahraini|Bahrainis	Manama|Muharraq|Riffa
BHS	-	The Bahamas	Bahamian|Bahamians	Nassau|Freeport
BIH	-	Bosnia|Herzegovina	Bosnian|Bosnians|Herzegovinian	Sarajevo|Banja Luka|Mostar|Tuzla|Srebrenica
BLM	-	St. Barts|St Barts|Saint Barts	-	Gustavia
BLR	-	Byelorussia	Belarusian|Belarusians|Belarussian	Minsk|Gomel|Homel|Brest|Grodno|Vitebsk|Mogilev
BLZ	-	-	Belizean|Belizeans	Belmopan|Belize City
BMU	-	-	Bermudian|Bermudians	-
BOL	Bolivia	-	Bolivian|Bolivians	La Paz|Sucre|Santa Cruz de la Sierra|Cochabamba|El Alto
BRA	-	-	Brazilian|Brazilians	Brasilia|Brasília|Sao Paulo|São Paulo|Rio de Janeiro|Salvador|Belo Horizonte|Fortaleza|Manaus|Recife|Porto Alegre|Curitiba|Belem
BRB	-	-	Barbadian|Barbadians|Bajan	Bridgetown
BRN	Brunei	Brunei	Bruneian|Bruneians	Bandar Seri Begawan
BTN	-	-	Bhutanese	Thimphu
BVT	-	-	-	-
BWA	-	-	Botswanan|Motswana|Batswana	Gaborone|Francistown
CAF	-	CAR	Central African|Central Africans	Bangui|Bambari
CAN	-	-	Canadian|Canadians	Ottawa|Toronto|Montreal|Vancouver|Calgary|Edmonton|Quebec City|Winnipeg|Halifax
CCK	Cocos Islands	-	-	-
CHE	-	-	Swiss	Bern|Berne|Zurich|Geneva|Basel|Lausanne|Lucerne|Davos
CHL	-	-	Chilean|Chileans	Santiago|Valparaiso|Valparaíso|Concepcion|Antofagasta
CHN	-	PRC|Mainland China	Chinese	Beijing|Shanghai|Guangzhou|Shenzhen|Chongqing|Tianjin|Wuhan|Chengdu|Hangzhou|Nanjing|Xi'an|Urumqi|Lhasa|Harbin|Xiamen
CIV	Ivory Coast	Ivory Coast|Cote d'Ivoire	Ivorian|Ivorians	Yamoussoukro|Abidjan|Bouake|Korhogo|San Pedro
CMR	-	-	Cameroonian|Cameroonians	Yaounde|Yaoundé|Douala|Bamenda|Garoua|Maroua|Buea
COD	DR Congo	DR Congo|DRC|Democratic Republic of Congo|Congo-Kinshasa|Congo|Zaire	Congolese	Kinshasa|Goma|Lubumbashi|Bukavu|Kisangani|Mbuji-Mayi|Bunia|Beni|Kananga
COG	Republic of the Congo	Republic of Congo|Congo Republic|Congo-Brazzaville|!Congo	-	Brazzaville|Pointe-Noire
COK	-	-	Cook Islander|Cook Islanders	Avarua
COL	-	-	Colombian|Colombians	Bogota|Bogotá|Medellin|Medellín|Cali|Barranquilla|Cartagena|Cucuta|Bucaramanga
COM	-	-	Comorian|Comorians	Moroni
CPV	Cabo Verde	Cape Verde	Cape Verdean|Cape Verdeans|Cabo Verdean	Praia|Mindelo
CRI	-	-	Costa Rican|Costa Ricans	San Jose|San José
CUB	-	-	Cuban|Cubans	Havana|Santiago de Cuba|Camaguey|Holguin|Guantanamo
CUW	-	-	Curacaoan	Willemstad
CXR	-	-	-	Flying Fish Cove
CYM	-	-	Caymanian|Caymanians	George Town
CYP	-	-	Cypriot|Cypriots|Greek Cypriot|Greek Cypriots|Turkish Cypriot|Turkish Cypriots	Nicosia|Limassol|Larnaca|Paphos|Famagusta
CZE	Czech Republic	Czech Republic|Czechia	Czech|Czechs	Prague|Brno|Ostrava|Plzen|Pilsen
DEU	-	-	German|Germans	Berlin|Hamburg|Munich|Cologne|Frankfurt|Stuttgart|Dusseldorf|Düsseldorf|Leipzig|Dresden|Hanover|Nuremberg|Bremen|Ramstein
DJI	-	-	Djiboutian|Djiboutians	-
DMA	-	-	-	Roseau
DNK	-	-	Danish|Dane|Danes	Copenhagen|Aarhus|Odense|Aalborg
DOM	-	-	Dominican|Dominicans	Santo Domingo|Santiago de los Caballeros|Punta Cana
DZA	-	-	Algerian|Algerians	Algiers|Oran|Constantine|Annaba|Tamanrasset
ECU	-	-	Ecuadorian|Ecuadorians|Ecuadorean	Quito|Guayaquil|Cuenca
EGY	-	-	Egyptian|Egyptians	Cairo|Alexandria|Giza|Port Said|Suez|Luxor|Aswan|Sharm el-Sheikh|Ismailia|El Arish|Al-Arish|Hurghada|Mansoura|Tanta
ERI	-	-	Eritrean|Eritreans	Asmara|Massawa|Assab
ESH	-	Sahrawi Arab Democratic Republic|SADR	Sahrawi|Sahrawis|Saharawi	Laayoune|El Aaiun|Dakhla|Smara
ESP	-	-	Spanish|Spaniard|Spaniards	Madrid|Barcelona|Valencia|Seville|Zaragoza|Malaga|Bilbao|Palma|Las Palmas|Granada|Ceuta|Melilla
EST	-	-	Estonian|Estonians	Tallinn|Tartu|Narva
ETH	-	-	Ethiopian|Ethiopians	Addis Ababa|Dire Dawa|Mekelle|Gondar|Bahir Dar|Hawassa|Adama|Lalibela
FIN	-	-	Finnish|Finns	Helsinki|Espoo|Tampere|Turku|Oulu
FJI	-	-	Fijian|Fijians	Suva|Nadi
FLK	Falkland Islands	Falklands	Falkland Islander|Falkland Islanders	-
FRA	-	-	French|Frenchman|Frenchmen|Frenchwoman|Frenchwomen	Paris|Marseille|Lyon|Toulouse|Nantes|Strasbourg|Montpellier|Bordeaux|Lille|Rennes|Le Havre|Calais
FRO	Faroe Islands	Faroes	Faroese	Torshavn|Tórshavn
FSM	Micronesia	Micronesia	Micronesian|Micronesians	Palikir
GAB	-	-	Gabonese	Libreville|Port-Gentil|Franceville
GBR	Britain	Britain|Great Britain|United Kingdom|UK|U.K.	British|Briton|Britons|Brit|Brits	London|Birmingham|Manchester|Glasgow|Edinburgh|Liverpool|Leeds|Cardiff|Belfast|Bristol|Sheffield|Newcastle|Southampton|Oxford|Cambridge
GEO	-	-	Georgian|Georgians	Tbilisi|Batumi|Kutaisi|Rustavi|Sukhumi|Tskhinvali
GGY	-	-	-	Saint Peter Port|St Peter Port
GHA	-	-	Ghanaian|Ghanaians	Accra|Kumasi|Tamale|Sekondi-Takoradi|Cape Coast
GIB	-	-	Gibraltarian|Gibraltarians	-
GIN	-	Guinea-Conakry	Guinean|Guineans	Conakry|Nzerekore|Kankan|Kindia
GLP	-	-	Guadeloupean|Guadeloupeans	Basse-Terre|Pointe-a-Pitre|Pointe-à-Pitre
GMB	Gambia	The Gambia	Gambian|Gambians	Banjul|Serekunda
GNB	-	-	Bissau-Guinean|Bissau-Guineans	Bissau
GNQ	-	-	Equatorial Guinean|Equatorial Guineans|Equatoguinean	Malabo|Bata
GRC	-	-	Greek|Greeks|Hellenic	Athens|Thessaloniki|Piraeus|Patras|Heraklion|Lesbos|Rhodes
GRD	-	-	Grenadian|Grenadians	St. George's|Saint George's
GRL	-	-	Greenlandic|Greenlander|Greenlanders	Nuuk
GTM	-	-	Guatemalan|Guatemalans	Guatemala City|Quetzaltenango
GUF	-	-	-	Cayenne|Kourou
GUM	-	-	Guamanian|Guamanians	Hagatna|Hagåtña
GUY	-	-	Guyanese	Georgetown
HKG	-	Hong Kong SAR|Hongkong	Hongkonger|Hongkongers|Hong Konger|Hong Kongers	Kowloon
HMD	-	-	-	-
HND	-	-	Honduran|Hondurans	Tegucigalpa|San Pedro Sula
HRV	-	-	Croatian|Croatians|Croat|Croats	Zagreb|Rijeka|Osijek|Dubrovnik
HTI	-	-	Haitian|Haitians	Port-au-Prince|Cap-Haitien|Cap-Haïtien|Gonaives|Petion-Ville
HUN	-	-	Hungarian|Hungarians	Budapest|Debrecen|Szeged|Pecs|Gyor
IDN	-	-	Indonesian|Indonesians	Jakarta|Surabaya|Bandung|Medan|Semarang|Makassar|Yogyakarta|Denpasar|Bali|Nusantara|Aceh|Papua
IMN	-	-	Manx	-
IND	-	Bharat	Indian|Indians	New Delhi|Delhi|Mumbai|Bombay|Kolkata|Calcutta|Chennai|Madras|Bengaluru|Bangalore|Hyderabad|Ahmedabad|Pune|Surat|Jaipur|Lucknow|Srinagar|Amritsar
IOT	-	Chagos Islands|Chagos Archipelago	-	Diego Garcia
IRL	-	Republic of Ireland|Eire|Éire	Irish|Irishman|Irishmen	Dublin|Galway|Waterford
IRN	Iran	Iran|Persia	Iranian|Iranians|Persian	Tehran|Mashhad|Isfahan|Karaj|Shiraz|Tabriz|Qom|Ahvaz|Kermanshah|Bandar Abbas|Natanz|Fordow|Bushehr|Zahedan
IRQ	-	-	Iraqi|Iraqis	Baghdad|Basra|Mosul|Erbil|Irbil|Kirkuk|Najaf|Karbala|Sulaimaniyah|Fallujah|Ramadi|Tikrit|Nasiriyah|Samarra|Duhok
ISL	-	-	Icelandic|Icelander|Icelanders	Reykjavik|Reykjavík|Akureyri
ISR	-	-	Israeli|Israelis	Jerusalem|Tel Aviv|Haifa|Eilat|Beersheba|Be'er Sheva|Ashdod|Ashkelon|Netanya|Sderot|Rishon LeZion|Petah Tikva|Herzliya|Nazareth|Kiryat Shmona|Metula|Dimona|Ben Gurion Airport
ITA	-	-	Italian|Italians	Rome|Milan|Naples|Turin|Palermo|Genoa|Bologna|Florence|Venice|Bari|Catania|Lampedusa
JAM	-	-	Jamaican|Jamaicans	Kingston|Montego Bay
JEY	-	-	-	Saint Helier|St Helier
JOR	-	-	Jordanian|Jordanians	Amman|Zarqa|Irbid|Aqaba|Mafraq
JPN	-	-	Japanese	Tokyo|Osaka|Yokohama|Nagoya|Sapporo|Kobe|Kyoto|Fukuoka|Hiroshima|Nagasaki|Okinawa|Fukushima
KAZ	-	-	Kazakh|Kazakhs|Kazakhstani|Kazakhstanis	Astana|Almaty|Shymkent|Karaganda|Aktau|Baikonur
KEN	-	-	Kenyan|Kenyans	Nairobi|Mombasa|Kisumu|Nakuru|Eldoret|Garissa|Lamu|Kakuma|Dadaab
KGZ	-	Kirghizia	Kyrgyz|Kyrgyzstani|Kyrgyzstanis	Bishkek|Osh
KHM	-	-	Cambodian|Cambodians|Khmer	Phnom Penh|Siem Reap|Battambang|Sihanoukville
KIR	-	-	I-Kiribati	South Tarawa|Tarawa
KNA	-	St Kitts and Nevis|St. Kitts and Nevis	Kittitian|Kittitians|Nevisian	Basseterre
KOR	South Korea	South Korea|ROK	South Korean|South Koreans	Seoul|Busan|Incheon|Daegu|Daejeon|Gwangju|Ulsan|Suwon|Panmunjom
KWT	-	-	Kuwaiti|Kuwaitis	Kuwait City
LAO	Laos	Laos	Lao|Laotian|Laotians	Vientiane|Luang Prabang
LBN	-	-	Lebanese	Beirut|Sidon|Tyre|Baalbek|Nabatieh|Byblos|Jounieh|Zahle|Marjayoun|Bint Jbeil|Naqoura|Khiam
LBR	-	-	Liberian|Liberians	Monrovia|Buchanan
LBY	-	-	Libyan|Libyans	Tripoli|Benghazi|Misrata|Sirte|Tobruk|Sabha|Derna|Zawiya
LCA	-	St Lucia|St. Lucia	Saint Lucian|Saint Lucians	Castries
LIE	-	-	Liechtensteiner|Liechtensteiners	Vaduz
LKA	-	Ceylon	Sri Lankan|Sri Lankans	Colombo|Sri Jayawardenepura Kotte|Kandy|Jaffna|Galle|Trincomalee
LSO	-	-	Basotho|Mosotho	Maseru
LTU	-	-	Lithuanian|Lithuanians	Vilnius|Kaunas|Klaipeda
LUX	-	-	Luxembourgish|Luxembourger|Luxembourgers	-
LVA	-	-	Latvian|Latvians	Riga|Daugavpils|Liepaja
MAC	Macau	Macau|Macao SAR	Macanese	-
MAF	Saint Martin	St. Martin|St Martin	-	Marigot
MAR	-	-	Moroccan|Moroccans	Rabat|Casablanca|Marrakesh|Marrakech|Fez|Tangier|Agadir|Meknes|Oujda
MCO	-	-	Monegasque|Monegasques	Monte Carlo
MDA	Moldova	Moldova	Moldovan|Moldovans	Chisinau|Chișinău|Balti|Tiraspol|Comrat
MDG	-	-	Malagasy	Antananarivo|Toamasina
MDV	-	-	Maldivian|Maldivians	-
MEX	-	-	Mexican|Mexicans	Mexico City|Guadalajara|Monterrey|Puebla|Tijuana|Ciudad Juarez|Ciudad Juárez|Culiacan|Culiacán|Acapulco|Cancun|Cancún|Veracruz|Oaxaca|Sinaloa|Chiapas|Michoacan
MHL	-	Marshalls	Marshallese	Majuro
MKD	North Macedonia	Macedonia	Macedonian|Macedonians|North Macedonian	Skopje|Bitola|Ohrid
MLI	-	-	Malian|Malians	Bamako|Timbuktu|Gao|Kidal|Mopti|Sikasso|Segou|Menaka
MLT	-	-	Maltese	Valletta
MMR	Myanmar	Burma	Burmese	Naypyidaw|Naypyitaw|Yangon|Rangoon|Mandalay|Sittwe|Myitkyina|Lashio|Bago
MNE	-	-	Montenegrin|Montenegrins	Podgorica|Cetinje|Budva
MNG	-	-	Mongolian|Mongolians	Ulaanbaatar|Ulan Bator
MNP	-	-	-	Saipan
MOZ	-	-	Mozambican|Mozambicans	Maputo|Beira|Nampula|Pemba|Cabo Delgado
MRT	-	-	Mauritanian|Mauritanians	Nouakchott|Nouadhibou
MSR	-	-	Montserratian	Brades
MTQ	-	-	Martinican|Martinicans	Fort-de-France
MUS	-	-	Mauritian|Mauritians	Port Louis
MWI	-	-	Malawian|Malawians	Lilongwe|Blantyre|Mzuzu
MYS	-	-	Malaysian|Malaysians	Kuala Lumpur|Putrajaya|Penang|Johor Bahru|Kota Kinabalu|Kuching|Sarawak
MYT	-	-	Mahoran|Mahorais	Mamoudzou
NAM	-	-	Namibian|Namibians	Windhoek|Walvis Bay
NCL	-	Kanaky	New Caledonian|New Caledonians|Kanak|Kanaks	Noumea|Nouméa
NER	-	-	Nigerien|Nigeriens	Niamey|Agadez|Zinder|Maradi|Tahoua|Diffa|Tillaberi|Arlit
NFK	-	-	-	-
NGA	-	-	Nigerian|Nigerians	Abuja|Lagos|Kano|Ibadan|Port Harcourt|Kaduna|Maiduguri|Benin City|Jos|Enugu|Borno|Zamfara
NIC	-	-	Nicaraguan|Nicaraguans	Managua|Masaya
NIU	-	-	Niuean|Niueans	Alofi
NLD	-	Holland	Dutch|Dutchman|Dutchmen	Amsterdam|The Hague|Rotterdam|Utrecht|Eindhoven|Groningen|Maastricht
NOR	-	-	Norwegian|Norwegians	Oslo|Bergen|Trondheim|Stavanger|Tromso|Tromsø
NPL	-	-	Nepali|Nepalese|Nepalis	Kathmandu|Pokhara|Lalitpur
NRU	-	-	Nauruan|Nauruans	Yaren
NZL	-	-	New Zealander|New Zealanders|Kiwi|Kiwis	Wellington|Auckland|Christchurch
OMN	-	-	Omani|Omanis	Muscat|Salalah|Sohar|Duqm
PAK	-	-	Pakistani|Pakistanis	Islamabad|Karachi|Lahore|Rawalpindi|Peshawar|Quetta|Faisalabad|Multan|Gwadar|Muzaffarabad|Balochistan|Khyber Pakhtunkhwa
PAN	-	-	Panamanian|Panamanians	Panama City
PCN	Pitcairn Islands	Pitcairn Islands	Pitcairn Islander|Pitcairn Islanders	Adamstown
PER	-	-	Peruvian|Peruvians	Lima|Arequipa|Cusco|Cuzco|Trujillo|Callao|Puno
PHL	-	-	Filipino|Filipinos|Philippine	Manila|Quezon City|Davao|Cebu|Zamboanga|Mindanao|Marawi
PLW	-	-	Palauan|Palauans	Ngerulmud|Koror
PNG	-	PNG	Papua New Guinean|Papua New Guineans	Port Moresby|Lae
POL	-	-	Polish	Warsaw|Krakow|Kraków|Lodz|Wroclaw|Poznan|Gdansk|Szczecin|Lublin|Rzeszow
PRI	-	-	Puerto Rican|Puerto Ricans	San Juan
PRK	North Korea	North Korea|DPRK	North Korean|North Koreans	Pyongyang|Hamhung|Chongjin|Kaesong|Yongbyon|Sinuiju|Wonsan
PRT	-	-	Portuguese	Lisbon|Porto|Braga|Coimbra|Funchal
PRY	-	-	Paraguayan|Paraguayans	Asuncion|Asunción|Ciudad del Este
PSE	Palestine	Palestine|Palestinian territories|State of Palestine|Occupied Palestinian Territories|occupied Palestinian territory	Palestinian|Palestinians	Ramallah|Hebron|Nablus|Jenin|Bethlehem|Jericho|Tulkarem|Tulkarm|Qalqilya|Tubas
PYF	-	Tahiti	French Polynesian|Tahitian|Tahitians	Papeete
QAT	-	-	Qatari|Qataris	Doha|Al Wakrah|Al Rayyan|Lusail|Al Udeid
REU	-	-	Reunionese	-
ROU	-	Rumania	Romanian|Romanians	Bucharest|Cluj-Napoca|Timisoara|Iasi|Constanta|Brasov
RUS	Russia	Russia	Russian|Russians	Moscow|Saint Petersburg|St Petersburg|St. Petersburg|Novosibirsk|Yekaterinburg|Kazan|Nizhny Novgorod|Rostov-on-Don|Volgograd|Vladivostok|Kaliningrad|Belgorod|Kursk|Bryansk|Sochi|Murmansk|Grozny
RWA	-	-	Rwandan|Rwandans	Kigali|Butare|Gisenyi|Rubavu
SAU	-	KSA	Saudi|Saudis|Saudi Arabian|Saudi Arabians	Riyadh|Jeddah|Mecca|Makkah|Medina|Dammam|Dhahran|Taif|Tabuk|Jizan|Neom|Abha
SDN	-	-	Sudanese	Khartoum|Omdurman|Port Sudan|El Fasher|Al-Fashir|El Obeid|Nyala|Wad Madani|Kassala|El Geneina|Kadugli|Atbara|Zamzam
SEN	-	-	Senegalese	Dakar|Touba|Thies|Saint-Louis|Ziguinchor
SGP	-	-	Singaporean|Singaporeans	-
SGS	-	-	-	Grytviken
SHN	Saint Helena	Saint Helena|St Helena|Ascension Island|Tristan da Cunha	Saint Helenian|Saint Helenians	-
SJM	-	Svalbard	-	Longyearbyen
SLB	-	Solomons	Solomon Islander|Solomon Islanders	Honiara
SLE	-	-	Sierra Leonean|Sierra Leoneans	Freetown|Kenema
SLV	-	-	Salvadoran|Salvadorans|Salvadorean	San Salvador|Santa Ana|San Miguel
SMR	-	-	Sammarinese	-
SOM	-	-	Somali|Somalis|Somalian|Somalians	Mogadishu|Hargeisa|Kismayo|Baidoa|Bosaso|Garowe|Berbera|Beledweyne|Galkayo|Somaliland|Puntland|Jubaland
SPM	-	-	-	Saint-Pierre
SRB	-	-	Serbian|Serbians|Serb|Serbs	Belgrade|Novi Sad|Kragujevac
SSD	-	-	South Sudanese	Juba|Malakal|Wau|Bor|Bentiu|Renk|Yei
STP	Sao Tome and Principe	São Tomé and Príncipe	Santomean|Santomeans|Sao Tomean	Sao Tome|São Tomé
SUR	-	-	Surinamese	Paramaribo
SVK	-	-	Slovak|Slovaks|Slovakian	Bratislava|Kosice|Košice|Presov|Nitra
SVN	-	-	Slovenian|Slovenians|Slovene|Slovenes	Ljubljana|Maribor|Koper
SWE	-	-	Swedish|Swede|Swedes	Stockholm|Gothenburg|Malmo|Malmö|Uppsala|Linkoping
SWZ	-	Swaziland	Swazi|Swazis	Mbabane|Lobamba|Manzini
SXM	Sint Maarten	-	-	Philipsburg
SYC	-	-	Seychellois	-
SYR	Syria	Syria	Syrian|Syrians	Damascus|Aleppo|Homs|Hama|Latakia|Tartus|Idlib|Deir ez-Zor|Deir el-Zour|Raqqa|Daraa|Qamishli|Hasakah|Palmyra|Manbij|Kobani|Sweida|Suwayda|Jableh|Quneitra|Douma
TCA	-	Turks and Caicos	-	Cockburn Town
TCD	-	-	Chadian|Chadians	N'Djamena|Ndjamena|Moundou|Abeche|Adre|Sarh
TGO	-	-	Togolese	Lome|Lomé|Sokode
THA	-	Siam	Thai|Thais	Bangkok|Chiang Mai|Phuket|Pattaya|Hat Yai|Nonthaburi|Udon Thani|Pattani|Yala|Narathiwat
TJK	-	-	Tajik|Tajiks|Tajikistani	Dushanbe|Khujand|Kulob
TKL	-	-	Tokelauan|Tokelauans	-
TKM	-	-	Turkmen|Turkmens	Ashgabat|Turkmenabat
TLS	Timor-Leste	East Timor	Timorese|East Timorese	Dili
TON	-	-	Tongan|Tongans	Nuku'alofa
TTO	-	Trinidad|Tobago	Trinidadian|Trinidadians|Tobagonian	Port of Spain|San Fernando
TUN	-	-	Tunisian|Tunisians	Tunis|Sfax|Sousse|Kairouan|Bizerte|Gabes|Djerba
TUR	Turkey	Turkey|Türkiye|Turkiye|Republic of Turkey	Turkish|Turk|Turks	Ankara|Istanbul|Izmir|Bursa|Antalya|Adana|Gaziantep|Konya|Diyarbakir|Diyarbakır|Mersin|Kayseri|Hatay|Antakya|Kahramanmaras|Incirlik|Sanliurfa
TUV	-	-	Tuvaluan|Tuvaluans	Funafuti
TWN	Taiwan	Taiwan|Republic of China|Chinese Taipei|Formosa	Taiwanese	Taipei|Kaohsiung|Taichung|Tainan|Hsinchu|Keelung|Kinmen|Matsu
TZA	Tanzania	Tanzania	Tanzanian|Tanzanians	Dodoma|Dar es Salaam|Zanzibar|Arusha|Mwanza|Mbeya
UGA	-	-	Ugandan|Ugandans	Kampala|Entebbe|Gulu|Jinja|Mbarara
UKR	-	-	Ukrainian|Ukrainians	Kyiv|Kiev|Kharkiv|Kharkov|Odesa|Odessa|Dnipro|Zaporizhzhia|Lviv|Mykolaiv|Kherson|Mariupol|Bakhmut|Avdiivka|Pokrovsk|Kramatorsk|Sloviansk|Sumy|Chernihiv|Poltava|Vinnytsia|Kryvyi Rih|Melitopol|Donetsk|Luhansk|Bucha|Chasiv Yar|Kupiansk|Toretsk
UMI	US Minor Outlying Islands	US Minor Outlying Islands|U.S. Minor Outlying Islands	-	Wake Island|Midway Atoll
URY	-	-	Uruguayan|Uruguayans	Montevideo|Punta del Este|Salto
USA	United States	United States of America|USA|US|U.S.|U.S.A.|America	American|Americans	Washington|Washington D.C.|New York|New York City|Los Angeles|Chicago|Houston|Phoenix|Philadelphia|San Antonio|San Diego|Dallas|San Francisco|Seattle|Miami|Atlanta|Boston|Detroit|Las Vegas|Denver|New Orleans|Honolulu|Anchorage|Mar-a-Lago|Camp David
UZB	-	-	Uzbek|Uzbeks|Uzbekistani	Tashkent|Samarkand|Bukhara|Namangan|Andijan|Termez
VAT	Vatican	Vatican|Vatican City|Holy See	-	-
VCT	-	St Vincent and the Grenadines|St. Vincent and the Grenadines|Saint Vincent	Vincentian|Vincentians	Kingstown
VEN	Venezuela	Venezuela	Venezuelan|Venezuelans	Caracas|Maracaibo|Barquisimeto|Maracay|Ciudad Guayana|San Cristobal
VGB	British Virgin Islands	BVI	-	Road Town
VIR	US Virgin Islands	US Virgin Islands|U.S. Virgin Islands|USVI	-	Charlotte Amalie
VNM	Vietnam	Vietnam	Vietnamese	Hanoi|Ho Chi Minh City|Saigon|Da Nang|Haiphong|Nha Trang|Can Tho
VUT	-	-	Ni-Vanuatu	Port Vila
WLF	-	-	Wallisian|Futunan	Mata-Utu
WSM	-	Western Samoa	Samoan|Samoans	Apia
XKX	Kosovo	Kosovo|Republic of Kosovo	Kosovar|Kosovars|Kosovan	Pristina|Prishtina|Mitrovica|Prizren
YEM	-	-	Yemeni|Yemenis	Sanaa|Sana'a|Aden|Hodeidah|Taiz|Marib|Mukalla|Saada|Ibb|Socotra
ZAF	-	-	South African|South Africans	Pretoria|Johannesburg|Cape Town|Durban|Bloemfontein|Port Elizabeth|Gqeberha|Soweto|Polokwane
ZMB	-	-	Zambian|Zambians	Lusaka|Ndola|Kitwe|Livingstone
ZWE	-	-	Zimbabwean|Zimbabweans	Harare|Bulawayo|Mutare|Gweru
"""

HEADER = """\
# countries.tsv -- every country and territory in ISO 3166-1 (+ XKX Kosovo).
# GENERATED by scripts/gen-countries.py from iso-codes + its hand table: do not edit
# by hand, edit the script and re-run it.
# code\tlabel\tnames\tadjectives\tplaces
"""


def fold(s):
    """ASCII-fold accented letters (São -> Sao); keep other characters."""
    out = []
    for ch in unicodedata.normalize("NFKD", s):
        if unicodedata.combining(ch):
            continue
        out.append(ch)
    s2 = "".join(out)
    return s2.replace("ı", "i").replace("ø", "o").replace("Ø", "O")


def normalise_iso(name):
    """Turn an iso-codes name into zero or more natural names."""
    if not name:
        return []
    name = name.strip()
    res = []
    if "(" in name and name.endswith(")") and "part)" not in name:
        # "Holy See (Vatican City State)", "Falkland Islands (Malvinas)"
        head, _, par = name.partition("(")
        res += [head.strip(), par[:-1].strip()]
    elif "(" in name:
        # "Cocos (Keeling) Islands", "Saint Martin (French part)"
        head, _, rest = name.partition("(")
        inner, _, tail = rest.partition(")")
        if "part" in inner:
            res.append((head + tail).strip())
        else:
            res.append(" ".join((head + tail).split()))
            res.append(" ".join((head + inner + tail).split()))
    elif ", " in name:
        a, b = name.split(", ", 1)
        if b.endswith(" of") or b.endswith(" of the"):
            res.append(b + " " + a)              # "Korea, Republic of"
        elif b in ("British", "U.S."):
            res.append(b + " " + a)              # "Virgin Islands, British"
        elif " and " in b:
            res.append(name)                     # "Bonaire, Sint Eustatius and Saba"
        # else: dropped ("Taiwan, Province of China")
    else:
        res.append(name)
    out = []
    for r in res:
        if r.lower().startswith("the "):
            r = r[4:]
        if r:
            out.append(r)
    return out


def key(name):
    return name if name.isupper() else name.lower()


def split(col):
    return [] if col.strip() in ("", "-") else [v.strip() for v in col.split("|") if v.strip()]


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    ap = argparse.ArgumentParser(description="Generate data/countries.tsv")
    ap.add_argument("--iso", default="/usr/share/iso-codes/json/iso_3166-1.json")
    ap.add_argument("-o", "--output", default=os.path.join(here, "..", "data", "countries.tsv"))
    args = ap.parse_args()
    iso_path, out_path = args.iso, args.output

    with open(iso_path, encoding="utf-8") as f:
        iso = {e["alpha_3"]: e for e in json.load(f)["3166-1"]}

    hand = {}
    for ln, line in enumerate(HAND.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 5:
            sys.exit("hand table line %d: expected 5 columns, got %d" % (ln, len(cols)))
        if cols[0] in hand:
            sys.exit("hand table line %d: duplicate code %s" % (ln, cols[0]))
        hand[cols[0]] = cols

    missing = sorted(set(iso) - set(hand))
    if missing:
        sys.exit("hand table lacks codes: " + " ".join(missing))

    rows = []
    for code in sorted(set(iso) | set(hand)):
        e = iso.get(code, {})
        h = hand[code]
        iso_names = []
        for k in ("common_name", "name", "official_name"):
            iso_names += normalise_iso(e.get(k, ""))
        label = h[1] if h[1] != "-" else (iso_names[0] if iso_names else code)
        extra = split(h[2])
        drop = {key(n[1:]) for n in extra if n.startswith("!")}
        extra = [n for n in extra if not n.startswith("!")]

        seen = set()

        def add(lst, vals):
            for v in vals:
                for w in (v, fold(v)):
                    k = key(w)
                    if k in seen or k in drop:
                        continue
                    seen.add(k)
                    lst.append(w)

        names, adjs, places = [], [], []
        add(names, [label] + extra + iso_names)
        add(adjs, split(h[3]))
        add(places, split(h[4]))
        rows.append("\t".join([code, label, "|".join(names) or "-",
                               "|".join(adjs) or "-", "|".join(places) or "-"]))

    text = HEADER + "\n".join(rows) + "\n"
    if out_path == "-":
        sys.stdout.write(text)
    else:
        with open(out_path, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)


if __name__ == "__main__":
    main()
