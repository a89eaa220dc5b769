import { greekKey } from './linkage/greek-reading';
import { NICKNAMES_CSV_PAIRS } from './given-name-nicknames-data';

/** name → the names it is a nickname of or has as nicknames (the table's has_nickname pairs, both ways). */
const RELATED = new Map<string, Set<string>>();
const relate = (a: string, b: string) => {
  const set = RELATED.get(a) ?? new Set<string>();
  set.add(b);
  RELATED.set(a, set);
};
/**
 * Forms the US table lacks, common in British, Irish and Australian lists and among their Polish
 * communities, in its "name:nick nick" form: the "-z" and "-zza" forms (Baz, Daz, Tez), the
 * Polish and the East Slavic (Russian, Ukrainian) diminutives. Direct pairs only, as the table's, and only forms that are no one else's
 * name in a household: not Nell (Helen's and Eleanor's, sisters), Kaz (Kazimierz), Del (Delroy,
 * Della), Asia (a name of its own), Ola, Shaz (Shazia), Aga (Agata), nor the English names Polish
 * customers go by (Chris beside Krzysztof may be his wife Christine, Kate a daughter Katherine),
 * nor the diminutives of both sexes or the US lists' women's (Sasha, Zhenya, Valya, Slava, Misha), nor Ira (a man's name in the US lists),
 * nor Tanya, Katya and Nadya (women's names of their own there: a mother Tatiana and a daughter Tanya).
 */
const SUPPLEMENT =
  'barry:baz bazza;darren:daz dazza;gary:gaz gazza;gareth:gaz;terry:tel tez;terence:tel tez;' +
  'tomasz:tomek;krzysztof:krzys krzysiek;katarzyna:kasia;malgorzata:gosia malgosia;barbara:basia;' +
  'anna:ania;piotr:piotrek;wojciech:wojtek;jerzy:jurek;stanislaw:staszek;bartosz:bartek;bartlomiej:bartek;' +
  'magdalena:magda;jakub:kuba;zofia:zosia;jan:janek;' +
  // More of Poland's, each sex's apart (pl-hurtownia read: Czesiek, Sławek, Gienek, Grześ, Romek, Heniek, Mirek were "different given names").
  'czeslaw:czesiek czesio;slawomir:slawek;eugeniusz:gienek;grzegorz:grzes grzesiek;roman:romek;henryk:heniek henio;miroslaw:mirek;' +
  'zbigniew:zbyszek zbych;mieczyslaw:mietek;wladyslaw:wladek;kazimierz:kazik;ryszard:rysiek rysio;tadeusz:tadek;zdzislaw:zdzisiek;' +
  'andrzej:jedrek;przemyslaw:przemek;radoslaw:radek;jaroslaw:jarek;wieslaw:wiesiek;dariusz:darek;edward:edek;franciszek:franek;' +
  'jozef:jozek jozio;waldemar:waldek;lucjan:lucek;boguslaw:bogus;arkadiusz:arek;sebastian:seba;mateusz:mati;' +
  'jadwiga:jadzia;krystyna:krysia;danuta:danka;grazyna:grazynka;urszula:ula;bozena:bozenka;renata:renia;dorota:dorotka;' +
  'halina:halinka;irena:irenka;janina:janka;wanda:wandzia;stefania:stefcia;marianna:marysia;maria:marysia;beata:beatka;' +
  'elena:lena;yelena:lena;dmitri:dima;dmitry:dima;dmitriy:dima;nikolai:kolya;nikolay:kolya;' +
  'maria:masha;mariya:masha;natalia:natasha;natalya:natasha;' +
  'olga:olya;pavel:pasha;yuri:yura;yuriy:yura;alexei:alyosha lyosha;aleksei:alyosha lyosha;' +
  'alexey:alyosha lyosha;ivan:vanya;anna:anya;svetlana:sveta;galina:galya;lyudmila:lyuda;' +
  'vladimir:volodya vova;konstantin:kostya;anatoly:tolya;anatoliy:tolya;grigory:grisha;boris:borya;' +
  'lyubov:lyuba;ksenia:ksyusha;kseniya:ksyusha;sergei:seryozha;sergey:seryozha;fyodor:fedya;leonid:lyonya;' +
  // The US elderly's the table lacks (us-homecare read: Lulu, Sy, Bunny were "different given names" of one client).
  'louise:lulu;lucille:lulu;seymour:sy;bernice:bunny;matilda:tillie tilly;morris:moe;moses:moe;hyman:hymie;' +
  // Older spellings of the table's forms and a short form it lacks (us-septic read: Millie as Milly is Mildred's, Fannie as Fanny
  // Frances's, Sallie as Sally Sarah's; Al is Alvin's as Albert's: "AL WENTZEL" at Alvin Wentzel's e-mail, phone and home was
  // read as another man).
  'mildred:millie;frances:fannie;sarah:sallie;alvin:al';
/**
 * Spanish hypocorisms, as Mexican, Central American and US Hispanic families use them (the US
 * table has none: Lupe, Chuy, Memo, Beto, Paco, Nacho, Toño): a name's form in the family, written
 * in the register's fields as often as the baptismal one. Direct pairs, each sex's apart (Paco
 * Francisco's, Paca and Paquita Francisca's); a short form of several names (Beto: Alberto,
 * Roberto, Humberto, Gilberto...) pairs with each, as the table's Bill does with William and
 * Robert, and never makes those names one. Diminutives in -ito / -ita only where common as a
 * grown person's name (Anita, Lupita, Juanita), not as a rule: a mother Rosa and a daughter
 * Rosita are two customers as often as one. Not a short form that is a name of its own elsewhere
 * (Lola, a girl's name in Britain and Australia beside a mother Dolores: read as 'alias', a shared
 * phone and home linked a mother and daughter, a review's finding at the thirtieth stop; Kiko).
 * Alex is Alejandro's and Alejandra's, as Alexander's and Alexandra's in the US table. Written
 * without accents, as the names are compared.
 */
const SUPPLEMENT_ES =
  'alberto:beto;roberto:beto;humberto:beto;gilberto:beto;norberto:beto;heriberto:beto;adalberto:beto;rigoberto:rigo beto;' +
  'alfonso:poncho;alfredo:fredo;antonio:tono tonio;antonia:tona;arturo:tury turi;' +
  'jose:pepe chepe;josefina:pepa pepita chepa fina;josefa:pepa pepita;reinaldo:rey;reynaldo:rey;caridad:cachita;jesus:chuy chucho;guadalupe:lupe lupita;' +
  'francisco:paco pancho;francisca:paca paquita pancha;guillermo:memo;ignacio:nacho;ignacia:nacha;' +
  'eduardo:lalo;gonzalo:chalo;rosario:chayo;consuelo:chelo;concepcion:concha conchita;' +
  'enrique:quique kike;socorro:coco;soledad:chole;mercedes:meche;graciela:chela;isabel:chabela chabe;' +
  'ramon:moncho;ernesto:neto;santiago:chago;fernando:nando;salvador:chava chavo;anastasio:tacho;' +
  'refugio:cuco;refugia:cuca;gregorio:goyo;sergio:checo;rafael:rafa;manuel:manolo;jorge:coque;luis:wicho;' +
  'federico:lico fede;vicente:chente;rodolfo:fito rudy;adolfo:fito;teresa:tere;margarita:mago;' +
  'esperanza:espe;asuncion:chon;reynaldo:rey;ana:anita;juana:juanita;juan:juanito;ezequiel:zeke cheque;' +
  'leticia:lety leti letty;beatriz:bety;natividad:naty;trinidad:trini;eusebio:chevo;jacinto:chinto;gabriel:gabo;' +
  'cecilia:chila;catalina:cata;yolanda:yola;alejandro:jando;alejandra:jandra;maximiliano:max;ricardo:richi;' +
  'patricia:paty;lourdes:lulu;carlos:carlitos;rosa:rosita;jacobo:jaco;jeronimo:jero;cayetano:tano;gerardo:gera;guillermo:memo;' +
  'maria:mari;dolores:lolita;rosalba:chaba;pilar:pili;sergio:checo;alejandro:alex ale;alejandra:alex ale;' +
  // Spain's (es-fisio read: Toni for Antonio, Manu for Manuel, Inma for Inmaculada were "different given names" at one home).
  'antonio:toni;antonia:toni;manuel:manu;francisco:fran curro;inmaculada:inma;concepcion:conchi;desamparados:amparo;' +
  'montserrat:montse;purificacion:puri;remedios:reme;encarnacion:encarna;javier:javi;jesus:chus;carmen:mamen maricarmen;' +
  // Colombia's (co-ferreteria read: Pacho for Francisco, Lucho for Luis, Rodri for Rodrigo were "different given names").
  'francisco:pacho;luis:lucho;alejandro:alejo;camila:cami;santiago:santi;sebastian:sebas;nicolas:nico;' +
  'juliana:juli;fernando:fercho;rodrigo:rodri;daniela:dani';
/**
 * The English forms US Hispanic customers go by, and more Spanish short forms (us-latino read: Henry for Enrique, Willie for
 * Guillermo, Quino for Joaquín, Tavo for Gustavo were "different given names" at one mailbox, phone and home): the Spanish
 * name's English one and that name's usual short forms, each sex's apart. Not Nick (Nicolás's) for Ignacio, nor Lola:
 * names of their own; nor Mary for María (a US Hispanic mother María, a daughter Mary: a review's finding).
 */
const SUPPLEMENT_ES_EN =
  'enrique:henry hank;guillermo:william willie will bill billy;jesus:jesse;jose:joe joey;miguel:mike michael;francisco:frank frankie;' +
  'roberto:robert bob bobby;ricardo:richard rick ricky;eduardo:edward eddie ed;pedro:peter pete;juan:john johnny;manuel:manny;' +
  'antonio:anthony tony;carlos:charles charlie;jorge:george;luis:louis louie;ramon:raymond ray;alfredo:alfred fred freddy;' +
  'arturo:arthur art;andres:andrew andy;esteban:steven stephen steve;felipe:philip phillip phil;tomas:thomas tom tommy;' +
  'margarita:margaret maggie peggy;josefina:josephine josie;rosa:rose;susana:susan susie sue;lucia:lucy;' +
  'joaquin:quino chimo;gustavo:tavo;benjamin:benja;leonardo:leo;rigoberto:rigo;octavio:tavo;reynaldo:rey;salvador:chava';
/**
 * Dutch and Flemish roepnamen: the name a person goes by beside the baptismal names Dutch registers write ("Nicolaas" /
 * "Klaas", "Gerardus Johannes" / "Gert", "Johanna" / "Joke"; nl-installatie read: such pairs were "different given names" at
 * one phone and home). Direct pairs, each sex's apart; not forms of both sexes (Jo) nor names of their own elsewhere (Jan,
 * Hans, Johan, Willem, Hendrik, Ben, Leo, Niek, Nico: a father Johannes and a son Jan are two customers), nor the short
 * words that are words of firms' names as often (Ad, Ton, Toon, Ria, Els, Lies, Cor, Ger, Jos, Nel, Trees: a review's finding).
 */
const SUPPLEMENT_NL =
  'nicolaas:klaas claas;johannes:joop hannes;johanna:joke hanneke;gerardus:gerard gert gerrit;' +
  'cornelis:kees;wilhelmina:mien willemien;wilhelmus:wim;theodorus:theo;petrus:piet;hendrikus:henk;hendrik:henk rik;' +
  'jacobus:jaap koos;antonius:teun antoon;adrianus:arie adri;franciscus:frans;josephus:sjef;maria:mieke marieke;' +
  'catharina:toos ineke;elisabeth:liesbeth;gustaaf:staf guus;jozef:jef;lambertus:bert;hubertus:huub;' +
  'martinus:tinus;marinus:rinus;everhardus:evert;rudolf:ruud;arnoldus:noud;godefridus:frits;geertruida:truus;' +
  'jacoba:coby;cornelia:corrie;anna:anneke;johanna:anneke';
/**
 * Turkish hypocorisms, as families and workmates use them (tr-yapi read: "Musti Kaya" / Mustafa Kaya at one home, "Hüso" /
 * Hüseyin at one e-mail and phone): direct pairs. Memo is Guillermo's too (`SUPPLEMENT_ES`): a short form of two names pairs with
 * each and never makes them one.
 */
const SUPPLEMENT_TR = 'mehmet:memo memis;mustafa:musti;huseyin:huso;abdullah:apo abdo;ibrahim:ibo;suleyman:sulo;fatma:fatos;zeynep:zeyno';
/**
 * The short form English-speaking countries give Muhammad's spellings (us-pediatric read: "Mo Al-Amin" / Mohammed Al-Amin at one
 * phone and home were "different given names"). Mo is Maurice's and Morris's too in the US table: a short form of several names
 * pairs with each and never makes them one.
 */
const SUPPLEMENT_AR = 'muhammad:mo moe;mohammed:mo moe;mohamed:mo moe;mohammad:mo moe;muhammed:mo moe';
/**
 * Italian short names, as families and offices use them (none in the US table): Pino, Beppe and Peppe for Giuseppe, Gigi for Luigi,
 * Checco for Francesco, Manu and Lele for Emanuele, Lella for Raffaella, Mimmo for Domenico, Totò for Salvatore and Antonio, Max for
 * Massimo (it-termoidraulica read: read as other names). Direct pairs; Enzo (Vincenzo, Lorenzo) and Nino (Antonio, Giovanni) pair
 * with each and never make them one.
 */
const SUPPLEMENT_IT =
  'giuseppe:pino beppe peppe peppino bepi;giuseppina:pina peppina;luigi:gigi gino;francesco:checco cecco ciccio;emanuele:manu lele;' +
  'emanuela:manu;gabriele:lele;raffaella:lella;raffaele:lello;domenico:mimmo;salvatore:toto turi;antonio:toto tonino nino;' +
  'giovanni:gianni vanni nino;massimo:max;maurizio:mauri;federico:fede;federica:fede;riccardo:ricky;alessandro:sandro;' +
  'alessandra:sandra;vincenzo:enzo;lorenzo:enzo renzo;filippo:pippo;elisabetta:betta;giovanna:gianna vanna;margherita:rita;' +
  'francesca:franci;caterina:rina;roberto:roby robi;roberta:roby robi;nicolo:nico nicco;alessandro:ale alex;alessandra:ale;' +
  'daniele:dani;daniela:dani;matteo:teo;tommaso:tommy;valentina:vale;simone:simo;simona:simo;beatrice:bea;benedetta:betta';
/**
 * Portuguese hypocorisms, as Brazilian and Portuguese families use them (none in the US table):
 * the diminutives in -inho / -inha of the names they stand for (Toninho, Zezinho, Mundinho), the
 * doubled syllables (Dudu, Fafá; not Cacá, a girl's as often as Carlos'), and the short forms (Zé, Chico, Tião, Bete, Lula, Guto,
 * Juca, Dito). Direct pairs, each sex's apart (Chico Francisco's, Chica Francisca's); a short form
 * of several names (Guto: Augusto, Gustavo; Beto: Roberto, Alberto) pairs with each and never makes
 * them one. Not the forms of two letters that stand for any name beginning so (Lu, Ju, Fê): a
 * mother Luciana and a daughter Luiza are both Lu. Written without accents, as compared.
 */
const SUPPLEMENT_PT =
  'antonio:toninho tonho tonico;antonia:toninha;jose:ze zezinho zeca juca;joao:joaozinho;' +
  'francisco:chico chiquinho;francisca:chica chiquinha;sebastiao:tiao;eduardo:dudu edu;luiz:lula;luis:lula;' +
  'carlos:carlinhos;raimundo:mundinho;marcos:marquinho marquinhos;elisabete:bete;elizabete:bete;' +
  'fernando:nando;gustavo:guto;augusto:guto;rafael:rafa;roberto:beto;alberto:beto;gabriel:biel;gabriela:gabi;' +
  'fatima:fafa;beatriz:bia;benedito:dito;paulo:paulinho;pedro:pedrinho;ricardo:rica;vinicius:vini;' +
  'mauricio:mauricinho;joana:joaninha;tereza:terezinha;teresa:terezinha;manuel:mane;manoel:mane;' +
  'henrique:rique;rodrigo:digo;marcelo:celo;felipe:lipe;guilherme:gui';

/**
 * Filipino hypocorisms (none in the US table): a Spanish name's syllable with "-ing" or "-oy" (Carding Ricardo's, Celing
 * Marcelino's, Nening Nenita's, Trining Trinidad's, Andoy Fernando's), its last syllables (Minda Luzviminda's, Lita
 * Carmelita's, Pilo Teofilo's, as Tagalog says f), and the English short forms Filipinos give those names (Obet Roberto's, Ched
 * Mercedes', Ike Enrique's). Direct pairs, each sex's apart. Not the pet names that stand for no one name (Bong, Jun, Boy,
 * Jojo, Bobot, Dodong, Inday, Baby): a person's mailbox or display may say whom they stand for (`LinkageRecord.givenShown`).
 */
const SUPPLEMENT_PH =
  'ricardo:carding cardo;marcelino:celing;marcela:celing;nenita:nening nita;fernando:andoy nandoy;teofilo:pilo;' +
  'luzviminda:minda luz;carmelita:lita mely;zenaida:zeny;roberto:obet;mercedes:ched;corazon:cora;rosario:charing;' +
  'concepcion:conching;remedios:remy;felicidad:fely;natividad:naty;trinidad:trining;josefina:pining;teresita:tess tessie;' +
  'emmanuel:manny;manuel:maning manoling;ernesto:erning;enrique:ike;rolando:lando roly;orlando:lando orly;virgilio:virgie;' +
  'purificacion:puring;consolacion:connie;editha:edith;erlinda:linda;herminia:minya;leonardo:nardo;bernardo:nardo;gregorio:goryo';

/**
 * German, Austrian and Swiss hypocorisms (few in the US table): a name's short form in the family
 * and the workshop, written in the register's fields as often as the baptismal one (Jupp and Sepp
 * Josef's, Rudi Rudolf's, Andi Andreas', Uli Ulrich's, Steffi
 * Stefanie's, Uschi Ursula's; de-handwerk read). Direct pairs, each sex's apart. Not the short forms that are names of their own, given at
 * baptism beside the long one in one family (Jan, Hans, Kurt, Klaus, Heinz, Fritz, Max, Lena, and Gerd, Dieter, Bernd,
 * Lutz, Jochen, Achim, Hanne, Willi, Friedel, and those of both sexes, Uli and Conny: a father Johannes and a son Jan, a
 * father Dietrich and a son Dieter, a review's finding); and the Italian ones of Germany's and Switzerland's Italian
 * families (Beppe, Pino Giuseppe's; Gianni Giovanni's; Mimmo Domenico's; Enzo Vincenzo's).
 */
const SUPPLEMENT_DE =
  'josef:jupp sepp seppl josch;joseph:jupp sepp seppl;rudolf:rudi ruedi;andreas:andi anderl;' +
  'wolfgang:wolfi;' +
  'manfred:manni;norbert:nobbi;reinhard:reini;reinhold:reini;matthias:matze hias;sebastian:basti;tobias:tobi;benjamin:benni;' +
  'dominik:domi;florian:flo;maximilian:maxi;christoph:stoffel;friedrich:fiete;hermann:hermi;' +
  'stefanie:steffi;stephanie:steffi;gabriele:gabi;susanne:susi;barbara:babsi;monika:moni;ursula:uschi ulla;' +
  'theresia:resi;therese:resi;elisabeth:liesel lisbeth sissi;katharina:kathi;margarete:grete gretel;margarethe:grete gretel;' +
  'christine:christel tine;christiane:christel;angelika:geli;annette:netti;brigitte:gitti;waltraud:traudl;gertrud:trude gerti;' +
  'hildegard:hilde;walburga:burgi;josefine:josi;franziska:franzi;' +
  'giuseppe:beppe peppe pino peppino;giuseppina:pina;giovanni:gianni vanni;domenico:mimmo;vincenzo:enzo;salvatore:toto turi;' +
  'francesco:franco cecco;luigi:gino;raffaele:lele;alessandro:sandro;antonio:tonino;gaetano:tano;calogero:lillo;carmelo:melo';

/**
 * Swedish short forms, as families and workmates use them and clients write them into a portal (the US table has none: Lasse,
 * Micke, Gittan, Jocke; se-bokforing read: Lasse for Lars, Steffe for Stefan, Jögge for Jörgen, Nicke for Niklas were
 * "different given names" at one home). Direct pairs, each sex's apart, written without diacritics as the names are compared.
 * Not the short forms given as names of their own (Bo, Jan, Per, Nils, Stina, Greta, Kajsa, Gunnel, Inga).
 */
const SUPPLEMENT_SE =
  'lars:lasse;mikael:micke;michael:micke;joakim:jocke;jorgen:jogge;stefan:steffe;niklas:nicke;nicklas:nicke;' +
  'karl:kalle;carl:kalle;per:pelle;olof:olle;hans:hasse;tomas:tompa;thomas:tompa;tobias:tobbe;robert:robban;daniel:danne;' +
  'fredrik:fredde;ludvig:ludde;gustav:gurra;gustaf:gurra;rolf:rolle;bengt:bengan;johan:jojje;jonas:jonte;mattias:matte;' +
  'magnus:mange;sebastian:sebbe;birgitta:gittan;josefin:josse;josefine:josse;susanne:sussie;elisabeth:bettan;elisabet:bettan;' +
  'kristina:kicki;christina:kicki;margareta:maggan;charlotte:lotta;katarina:kattis;catarina:kattis;viktoria:vickan;victoria:vickan';

/**
 * Finnish short forms, as families, workmates and caretakers' apps write them (the US table has none: Masa, Jussi, Make, Hessu;
 * fi-isannointi read: Jussi for Juha at one mailbox and home was "different given names"), and the Finnish and Swedish forms one
 * bilingual person goes by (Juhani / Johan, Heikki / Henrik, Antti / Anders, Pirkko / Birgitta). Direct pairs, each sex's apart,
 * written without diacritics. Not the short forms given as names of their own (Kati, Tiina, Hanna, Sanna, Marja, Anni, Paula, Tuomo,
 * Tommi, Janne, Lauri) nor Kalle (Karl's and Kaarlo's, and a name of its own).
 */
const SUPPLEMENT_FI =
  'matti:masa;juha:jussi;juho:jussi;juhani:jussi;johannes:jussi hannu;timo:timppa;jari:jartsa;kari:kake;antti:antsa;pekka:pekkis;' +
  'jukka:jukkis;markku:makke;heikki:hessu;hannu:hande;tapio:tapsa;teemu:teme;risto:ripa;jaakko:jaska;santeri:santtu;sakari:sakke;' +
  'valtteri:valtsu;kimmo:kimi;seppo:sepe;petri:pete;petteri:pete;ilkka:ike;veli-matti:vellu;pertti:pertsa;' +
  'johan:juhani;henrik:heikki;anders:antti;mats:matti;nils:niilo;gustav:kustaa;erik:eerikki;mikael:mikko;' +
  'birgitta:pirkko;margareta:marketta;kristina:kristiina;katarina:katariina;maria:maija;eva:eeva';

/**
 * Swiss German short forms, as families, offices and clubs in German-speaking Switzerland write them (the US table and the German
 * supplement lack them: ch-treuhand read, Köbi for Jakob, Ueli for Ulrich at one home were "different given names"). Direct pairs,
 * written without diacritics.
 */
const SUPPLEMENT_CH =
  'jakob:kobi;ulrich:ueli;thomas:thomi;philipp:phippu;margrit:gritli;margrith:gritli;heinrich:heiri;alfred:fredi;verena:vreni;' +
  'elisabeth:bethli;gertrud:trudi;andreas:res;johann:hans;johannes:hans;hanspeter:hampi;rosmarie:rosi;jacqueline:jacky;riccardo:ricky';

/**
 * Hungarian short forms, as families, neighbours and technicians' apps write them (the US table has none: hu-kazanszerviz read,
 * Pisti for István, Tomi for Tamás, Ági for Ágnes at one mailbox and home were "different given names"). Direct pairs, each sex's
 * apart, written without diacritics. Not the short forms given as names of their own (Kata, Zsuzsa, Réka, Dóra, Kinga, Lili, Panna,
 * Bence, Máté, Ádám); Gabi only Gábor's (Gabriella's too would make a couple's two names one name's).
 */
const SUPPLEMENT_HU =
  'istvan:pisti pista;tamas:tomi;jozsef:jozsi joska;laszlo:laci lali;balazs:balu;zoltan:zoli;karoly:karcsi;gabor:gabi;tibor:tibi;' +
  'peter:peti;ferenc:feri;sandor:sanyi;gyorgy:gyuri;janos:jani jancsi;mihaly:misi;andras:andris bandi;attila:ati;gergely:geri;' +
  'daniel:dani;gyula:gyuszi;imre:imi;csaba:csabi;norbert:norbi;robert:robi;miklos:miki;lajos:lajcsi;akos:aki;krisztian:krisz;' +
  'agnes:agi;erzsebet:erzsi boske;krisztina:kriszti krisztu;katalin:kati;zsuzsanna:zsuzsi;eva:evi;maria:marika mari;' +
  'andrea:andi;ildiko:ildi;judit:jutka;margit:manci;anna:panni;viktoria:viki;nikolett:niki;boglarka:bogi;' +
  'edit:editke;erika:eri;ilona:ica ili;julianna:juli;klara:klari;magdolna:magdi;piroska:piri;rozalia:rozsi;szilvia:szilvi;timea:timi';

/**
 * Czech and Slovak short forms, as families, tills and sales reps write them (the US table has none: cz-stavebniny read, Honza for
 * Jan, Jarda for Jaroslav, Verča for Veronika at one mailbox and phone were "different given names"). Direct pairs, each sex's
 * apart, written without diacritics. Not the short forms given as names of their own (Radek, Marek, Lenka, Hana, Marta, Vlasta,
 * Dana, Zdena, Jarmila).
 */
const SUPPLEMENT_CZ =
  'jan:honza jenda honzik jenik;josef:pepa pepik jozka;stanislav:standa;jiri:jirka jura jirik;miroslav:mirek slavek;' +
  'jaroslav:jarda jarek;vladimir:vlada;ladislav:ladik;karel:kaja karlik;frantisek:franta fanda;vaclav:vasek vena;' +
  'zdenek:zdenda;antonin:tonda tonik;petr:peta petrik;pavel:paja pavlik;tomas:tom tomik;michal:misa;ondrej:ondra;vojtech:vojta;' +
  'jakub:kuba;lukas:luky lukasek;milan:mila;miloslav:mila milos;bohumil:bohous;bohuslav:bohous;oldrich:olda;rostislav:rosta;' +
  'svatopluk:svata;zbynek:zbyna;stepan:stepa;vit:vitek;matej:mates;filip:fila;' +
  'katerina:katka kata kacka;jana:janicka janca;veronika:verca verunka;tereza:terka terezka;marketa:makca marketka;' +
  'eva:evicka;hana:hanka hanicka;lucie:lucka;barbora:bara barca;zuzana:zuzka zuza;michaela:misa;monika:monca;petra:peta petruska;' +
  'pavla:paja pavlinka;kristyna:tyna kristy;alena:alenka;ludmila:lida;marie:maruska majka;magdalena:magda;kamila:kamca;' +
  'jaroslava:jarka;miroslava:mirka;ivana:ivka;denisa:deniska;nikola:nikca;simona:sima;radka:radunka';

/**
 * Hebrew and Yiddish forms, as Orthodox Jewish families in New York, London, Montreal and
 * Melbourne write them (the US table has none): a name's Ashkenazi and Modern Hebrew spellings
 * (Avrohom, Avraham), its Yiddish diminutive (Mendy, Pinny, Ruchy, Yossi, Suri, Etty), its Yiddish
 * twin (Dov and Ber, Tzvi and Hirsch, Zev and Wolf: one name said in the two languages, given
 * together) and the English form the same person goes by (Avraham and Abraham, Chana and Hannah,
 * Rivka and Rebecca, Yosef and Joseph). Direct pairs, as the table's. Not Nachum and Nachman, Ari
 * and Aryeh's Leib, nor Chaya and Chava: names of their own; nor the forms that are names of their
 * own elsewhere (Avi, Avigdor's too; Beryl, Shea, Wolf: English names; Yudi, Yehudis's too), a
 * review's finding.
 */
const SUPPLEMENT_HE =
  'avraham:avrohom avrum avrumi avremel abraham;avrohom:avrum avrumi avremel abraham;' +
  'yaakov:yakov yaacov yankev yankel yanky yanki jacob;yakov:yankev yankel yanky jacob;yankev:yankel yanky jacob;' +
  'yosef:yoseph yossi yossie yosi yossel joseph;yoseph:yossi joseph;' +
  'menachem:mendy mendel;pinchas:pinny pini pinchus;' +
  'dov:ber berel;ber:berel;' +
  'rochel:rachel ruchy ruchi ruchie rochie;rachel:ruchy;' +
  'chana:hannah chanie chany channa hanna;hannah:chanie;chaim:hyman haim hayim chayim;' +
  'shmuel:samuel shmuly shmiel;moshe:moses moishe moishy;' +
  'yitzchok:yitzchak yitzhak itzik itzy yitzy isaac;yitzchak:yitzhak itzik itzy yitzy isaac;yitzhak:isaac itzik;' +
  'shlomo:solomon shloime shloimy;mordechai:motty mordy mottel mordche;' +
  'yehuda:yehudah yidel judah;tzvi:zvi hirsch hersh hershel;zvi:hirsch hersh hershel;hirsch:hersh hershel;' +
  'zev:zeev velvel;dovid:david duvi dovi;' +
  'binyomin:binyamin benjamin binny;binyamin:benjamin binny;yisroel:yisrael israel srully sruly;yisrael:israel srully sruly;' +
  'eliyahu:eliahu eli elya;eliezer:lazer;yehoshua:joshua;meir:meyer myer;aharon:ahron aaron;yechiel:chiel;naftali:naftoli tuli;' +
  'sara:suri sury surie;sarah:suri sury surie;rivka:rivkah rivky riva rebecca;' +
  'miriam:miri mimi;esther:etty esty esti;malka:malky malkie;devorah:devora devory deborah;bracha:brachy;' +
  'gittel:gitty;faiga:faigy feiga;perel:perl pearl;shaindel:shaindy;tova:tovah toba;' +
  'rafael:rafi';
for (const entry of `${NICKNAMES_CSV_PAIRS};${SUPPLEMENT};${SUPPLEMENT_ES};${SUPPLEMENT_ES_EN};${SUPPLEMENT_NL};${SUPPLEMENT_PT};${SUPPLEMENT_PH};${SUPPLEMENT_DE};${SUPPLEMENT_TR};${SUPPLEMENT_AR};${SUPPLEMENT_SE};${SUPPLEMENT_FI};${SUPPLEMENT_HU};${SUPPLEMENT_CZ};${SUPPLEMENT_CH}`.split(';')) {
  const [name = '', nicknames = ''] = entry.split(':');
  for (const nickname of nicknames.split(' ').filter((n) => n !== '')) {
    relate(name, nickname);
    relate(nickname, name);
  }
}

/**
 * Greek given names and their short and English forms (gr-ydravlika read: "Γιώργος" / "Georgios", "Κώστας" / "Konstantinos",
 * "Μπάμπης" / "Charalampos", "Katina" / "Aikaterini"), related as Greek records' names are read: by their keys (`greekKey`), so
 * that any Latin spelling of a name and its Greek letters find it ("Yiorgos", "Giorgos" and "Γιώργος" one key).
 */
const SUPPLEMENT_GR =
  'georgios:giorgos george gogos giorgakis giorgis;ioannis:giannis john gianis giannakis giannos jannis yannis;konstantinos:kostas kostis ntinos dinos konstantis kostakis costas;' +
  'nikolaos:nikos nick nikolas nikolakis;dimitrios:dimitris jim mitsos takis mimis;panagiotis:panos takis panagis;christos:chris christakis chrestos;' +
  'evangelos:vangelis angelos vaggelis;athanasios:thanasis sakis thanos nasos;anastasios:tasos;vasileios:vasilis vasos bill basil lakis vasilakis;' +
  'charalampos:charis babis mpampis lakis;emmanouil:manolis manos;spyridon:spyros spiros;michail:michalis mike michalakis mixalis;' +
  'eleftherios:lefteris;efstathios:stathis stathakis;stylianos:stelios steve;alexandros:alekos alex alexis;apostolos:apostolis tolis;' +
  'antonios:antonis tony;grigorios:grigoris greg golis;sotirios:sotiris;theodoros:thodoris;petros:peter;pavlos:paul;ilias:elias;andreas:andrew;' +
  'iosif:sifis joseph;gerasimos:makis;aikaterini:katerina katina kaiti;maria:mairi mary;eleni:helen lena;georgia:gogo;anastasia:natasa;' +
  'vasiliki:vicky vaso;paraskevi:voula evi;konstantina:ntina;angeliki:angela;dimitra:mimi;panagiota:giota;efthymia:effie;sofia:sofi;' +
  'eirini:rena irene;athanasia:soula nasia;chrysoula:soula;efstathia:stathoula';
/** A table's entries' names as their Greek keys (`greekKey`), each entry's names related all to all. */
function greekKeyed(table: string): string {
  // Each entry's names all one another's: a short form and an English name of one name are one another's too ("John", "Giannis").
  return table
    .split(';')
    .flatMap((e) => {
      const [name = '', forms = ''] = e.split(':');
      const all = [name, ...forms.split(' ')].filter((n) => n !== '').map(greekKey);
      return all.map((n) => `${n}:${all.filter((m) => m !== n).join(' ')}`);
    })
    .join(';');
}

/**
 * The Hebrew and Yiddish pairs (`SUPPLEMENT_HE`), apart from the table's: they relate two names
 * directly and nothing more. A slip of one of their short forms is no nickname's slip (Chavie is
 * Chava's, no slip of Chanie; Yoni is Yonatan's, no slip of Yosi), and they make no word a given
 * name (Hirsch, Meyer and Hyman are surnames as often).
 */
const RELATED_HE = new Map<string, Set<string>>();
// Italy's short names too (`SUPPLEMENT_IT`): Teo, Vale, Mauri, Ale are words and other peoples' names as often ("TEO Wei Ming", "Vale
// Garage": a review's finding).
for (const entry of `${SUPPLEMENT_HE};${SUPPLEMENT_IT};${greekKeyed(SUPPLEMENT_GR)}`.split(';')) {
  const [name = '', forms = ''] = entry.split(':');
  for (const form of forms.split(' ').filter((n) => n !== '' && n !== name)) {
    RELATED_HE.set(name, (RELATED_HE.get(name) ?? new Set<string>()).add(form));
    RELATED_HE.set(form, (RELATED_HE.get(form) ?? new Set<string>()).add(name));
  }
}

/**
 * One given name is a nickname of the other in the public nickname table ("wally" / "walter",
 * "molly" / "mary", "eddy" / "edward"). Direct pairs only: two nicknames of one name are not
 * related through it (the table's "bill" is Robert's as well as William's, which would make
 * Robert and William one name).
 */
/**
 * The Italian short names' pairs (`SUPPLEMENT_IT`), whose short forms the US birth lists give the other sex (Gigi, Manu, Lele and Fede
 * are girls' names there): one person's name and its short form, never two persons' of two sexes.
 */
const ITALIAN_PAIRS = new Set(
  SUPPLEMENT_IT.split(';').flatMap((entry) => {
    const [name = '', nicknames = ''] = entry.split(':');
    return nicknames.split(' ').filter((n) => n !== '').flatMap((n) => [`${name}|${n}`, `${n}|${name}`]);
  }),
);
export function italianShortName(a: string, b: string): boolean {
  return ITALIAN_PAIRS.has(`${a}|${b}`);
}

export function nicknameRelated(a: string, b: string): boolean {
  return a !== b && ((RELATED.get(a)?.has(b) ?? false) || (RELATED_HE.get(a)?.has(b) ?? false));
}

/** The names the table relates to this one, either way ("walter" → walt, wally...). */
export function relatedNames(name: string): ReadonlySet<string> {
  return RELATED.get(name) ?? NONE;
}
const NONE: ReadonlySet<string> = new Set();

/** The name is in the public nickname table, as a name or as a nickname. */
export function inNicknameTable(name: string): boolean {
  return RELATED.has(name);
}
