// Generated from the API's OpenAPI document (apps/api/src/docs) by openapi-typescript. Do not edit:
// change the DTOs or the controllers' @ApiResponse decorators, then run `npm run api:types`.
// The web app names the types it uses in apps/web/src/wire.ts.

export interface paths {
  '/api/auth/config': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Hur webbappen loggar in: OIDC-leverantören eller utvecklingsanvändarna */
    get: operations['SignInConfigHttpController_signInConfig'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/dev-token': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** En token för en utvecklingsanvändare (bara utan OIDC-leverantör) */
    post: operations['DevSignInHttpController_devToken'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/dev-users': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Utvecklingsanvändarna (bara utan OIDC-leverantör) */
    get: operations['DevSignInHttpController_devUsers'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/auth/me': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Den inloggade personen, med roller och organ ur personregistret */
    get: operations['SignInConfigHttpController_me'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/delmal': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Lägg ett delmål i en nämnds plan
     * @description Nämndens sekreterare.
     */
    post: operations['DefineDelmalHttpController_define'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/delmal/{delmalId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ett delmål som det står nu, med revision (ETag) */
    get: operations['GetDelmalHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/delmal/{delmalId}/assessments': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Bedöm delmålet för en period, med prognos och kommentar */
    post: operations['AssessDelmalHttpController_assessDelmal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/delmal/{delmalId}/assessments/{period}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rätta en bedömning (skäl krävs; originalet finns kvar i loggen) */
    post: operations['CorrectAssessmentHttpController_correctAssessment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/delmal/{delmalId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Avsluta delmålet */
    post: operations['CloseDelmalHttpController_closeDelmal'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/delmal/{delmalId}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Delmålets händelselogg (revisorer och regiondirektören) */
    get: operations['GetDelmalHttpController_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/delmal/{delmalId}/historik': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Delmålets historik: varje ändring, vem, när och varför
     * @description Från historikens läsmodell, äldst först, med ändrade fält från → till. Läsmodell: ett ögonblick efter loggen.
     */
    get: operations['GetHistorikHttpController_delmal'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/delmal/{delmalId}/indikatorer': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Lägg till en indikator */
    post: operations['AddIndikatorHttpController_add'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/delmal/{delmalId}/indikatorer/{indikatorId}/malvarde': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ändra en indikators målvärde (skäl krävs) */
    post: operations['ChangeMalvardeHttpController_changeMalvarde'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/delmal/{delmalId}/indikatorer/{indikatorId}/utfall': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Registrera en indikators utfall för en period (bedömningen räknas ut) */
    post: operations['RecordUtfallHttpController_recordUtfall'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/delmal/{delmalId}/indikatorer/{indikatorId}/utfall/{period}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Rätta ett utfall (skäl krävs; originalet finns kvar i loggen) */
    post: operations['CorrectUtfallHttpController_correctUtfall'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/granskning/handelser': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Granskningsspåret: alla händelser i klartext (revisorer och regiondirektören)
     * @description Sök på datum (händelsetid eller servertid), organ, person (id eller namn), post och ord i texterna; senaste först, en sida i taget. Läsmodell: ett ögonblick efter loggen.
     */
    get: operations['SearchAuditLogHttpController_search'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/granskning/handelser/export': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Granskningsspårets träffar som fil (csv eller xlsx)
     * @description Samma urval som sökningen, alla träffar (senaste först, högst 10 000) med tider i svensk tid och organ och personer med namn. Läsmodell: ett ögonblick efter loggen.
     */
    get: operations['ExportAuditLogHttpController_export'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/granskning/kedja/huvud': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Kedjans huvud, att förvara utanför systemet
     * @description Kontrollerar hela kedjan och ger sedan position och hash för den sista kedjade händelsen. Spara svaret som det är och skicka det senare till POST /api/granskning/kedja/verifiering.
     */
    get: operations['ExportChainHeadHttpController_head'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/granskning/kedja/verifiering': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Kontrollera händelsekedjan (revisorer, regiondirektören, administratörer)
     * @description Räknar om hela kedjan från händelseloggen och jämför med den lagrade. 200 även när kedjan inte stämmer: `ok` är då false och `firstMismatch` namnger den första händelsen som avviker. Jämför också med det senaste huvudet som arbetaren bevittnat utanför databasen (`witness`): har loggen kortats eller skrivits om bakom det, är `ok` false och `against` namnger det.
     */
    get: operations['VerifyChainHttpController_verify'];
    put?: never;
    /**
     * Kontrollera händelsekedjan mot ett sparat huvud
     * @description Räknar om hela kedjan från händelseloggen och jämför med den lagrade. 200 även när kedjan inte stämmer: `ok` är då false och `firstMismatch` namnger den första händelsen som avviker. Kroppen är huvudet som GET /api/granskning/kedja/huvud gav och som förvarats utanför systemet; `against` säger om loggen fortfarande bygger vidare på det. Det upptäcker även en omskrivning av både händelserna och kedjan.
     */
    post: operations['VerifyChainHttpController_verifyAgainst'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/granskning/kedja/vittne': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Vittnesnyckeln och det senast bevittnade huvudet
     * @description Arbetaren signerar kedjans huvud och skriver det utanför databasen. Här finns den publika nyckeln att kontrollera signaturen med, och det senaste huvudet, som GET /api/granskning/kedja/verifiering jämför loggen med.
     */
    get: operations['GetWitnessHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/granskning/paket': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Revisorernas granskningspaket för ett organ och år (json, docx eller pdf)
     * @description Uppdragen som riktas till organet med rapporthistorik, påminnelser och svarstider, uppsiktsärenden med svar och påminnelser, internkontrollplanen med resultat och åtgärder, och kedjans huvud (position och hash) paketet gjordes från. Samma `cutoff` ger samma bytes.
     */
    get: operations['GetGranskningspaketHttpController_paket'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/import/kommandon': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Importera historik: en fil med samma kommandon som API:t tar, med avsändare och händelsetid
     * @description { "commands": [ { "type", "actor", "occurredAt", "data" } ] } — se README "Import" och docs/import-kommandon.example.json. Varje kommando prövas av sin beslutsfunktion i filens ordning på en kladd av nuvarande tillstånd; finns ett enda fel skrivs ingenting. Kräver rollen importer.
     */
    post: operations['ImportKommandonHttpController_importCommands'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/import/uppdrag': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Importera uppdragstabellen: kalkylblad (XLSX, CSV) eller tabellen som den står i planen (inklistrad text)
     * @description Kroppen är filen själv: text/csv (UTF-8, semikolon), XLSX, eller text/plain — tabellen kopierad ur planens eller delårsrapportens PDF, eller ett område kopierat ur Excel (tabbar). Organens namn och planens meningar ("Riktas till hälso- och sjukvårdsnämnden samt regionstyrelsen", "alla nämnder med särskilt uppdrag till regionstyrelsen att samordna") slås upp i organregistret. Varje rad registrerar ett uppdrag i tabellens ordning; status och kommentar blir en rapport för `period`. Med forhandsgranska=true svarar den med varje rads tolkning (ImportPreviewView) och skriver ingenting. Annars prövas allt först; finns ett enda fel skrivs ingenting och svaret 400 räknar upp varje rad och fält. Se README "Import". Kräver rollen importer.
     */
    post: operations['ImportUppdragSheetHttpController_importSheet'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/inkorg': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Min inkorg: påminnelser och eskaleringar till mig, senaste först
     * @description En sida i taget (`limit`, `cursor`). Var och en som är inloggad ser sin egen inkorg. Läsmodell: ett ögonblick efter loggen.
     */
    get: operations['GetInkorgHttpController_inkorg'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internkontroll': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Upprätta en nämnds internkontrollplan för ett år
     * @description Nämndens sekreterare. En plan per nämnd och år.
     */
    post: operations['CreatePlanHttpController_create'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internkontroll/{organId}/{year}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** En nämnds internkontrollplan för ett år, med riskmatris, resultat och åtgärder */
    get: operations['GetPlanHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internkontroll/{organId}/{year}/adoption': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Fastställ internkontrollplanen
     * @description Nämndens sekreterare, med nämndens beslutsdatum.
     */
    post: operations['AdoptPlanHttpController_adopt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internkontroll/{organId}/{year}/atgarder': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Lägg till en åtgärd för en avvikelse
     * @description Nämndens sekreterare och tjänstepersoner; slutdatum efter avvikelsen.
     */
    post: operations['AddAtgardHttpController_addAtgard'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internkontroll/{organId}/{year}/atgarder/{atgardId}/status': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Ändra en åtgärds status
     * @description Nämndens sekreterare och tjänstepersoner. En klar åtgärd förblir klar.
     */
    post: operations['ChangeAtgardStatusHttpController_changeStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internkontroll/{organId}/{year}/kontrollmoment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Lägg till ett kontrollmoment för en risk
     * @description Nämndens sekreterare. Efter fastställandet krävs skäl (reason).
     */
    post: operations['AddKontrollmomentHttpController_addKontrollmoment'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internkontroll/{organId}/{year}/results': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rapportera resultatet av ett kontrollmoment för en period
     * @description Nämndens sekreterare och tjänstepersoner; planen måste vara fastställd.
     */
    post: operations['RecordResultHttpController_recordResult'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internkontroll/{organId}/{year}/risks': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Lägg till en risk i internkontrollplanen
     * @description Nämndens sekreterare. Efter fastställandet krävs skäl (reason).
     */
    post: operations['AddRiskHttpController_addRisk'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/internkontroll/{organId}/{year}/risks/{riskId}/reassessment': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Värdera om en risk (sannolikhet och konsekvens)
     * @description Nämndens sekreterare. Efter fastställandet krävs skäl (reason).
     */
    post: operations['ReassessRiskHttpController_reassess'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/oppna-data/dcat.ttl': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Datakatalog enligt DCAT-AP-SE 3.0 (Turtle) för Sveriges dataportal
     * @description Öppen utan inloggning; begränsad per klientadress (429).
     */
    get: operations['OppnaDataFeedsHttpController_dcat'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/oppna-data/flode.atom': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Atom-flöde med fastställda statusändringar, nyast först
     * @description En post per uppdrag och nämnd där ett fastställande visar en annan status eller kommentar än förra. Arkiverat flöde enligt RFC 5005: flödet har de 50 nyaste posterna och länken prev-archive; arkivblad k (?arkiv=k, från det äldsta) har post (k−1)·50+1 till k·50 och ändras aldrig. 404 för ett blad som inte är fullt ännu. Öppen utan inloggning; begränsad per klientadress (429).
     */
    get: operations['OppnaDataFeedsHttpController_atom'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/oppna-data/perioder/{period}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * En periods fastställda rader (stabil adress)
     * @description En månad (2023-04), en tertial (2023-T1) eller ett år (2023). Öppen utan inloggning; begränsad per klientadress (429).
     */
    get: operations['OppnaDataHttpController_period'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/oppna-data/uppdrag': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Fullmäktiges uppdrag med fastställd status per nämnd och period
     * @description Filter: nämnd (namnd), år (ar) och status. Endast fastställda rapporter. Öppen utan inloggning; begränsad per klientadress (429).
     */
    get: operations['OppnaDataHttpController_list'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/oppna-data/uppdrag.csv': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Samma uppgifter som CSV (en rad per uppdrag, nämnd och period)
     * @description Rubrikerna står på första raden. Samma filter som JSON. Öppen utan inloggning; begränsad per klientadress (429).
     */
    get: operations['OppnaDataHttpController_csv'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/oppna-data/uppdrag/{id}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Ett uppdrag med dess historik av fastställda statusar (stabil adress)
     * @description Öppen utan inloggning; begränsad per klientadress (429).
     */
    get: operations['OppnaDataHttpController_one'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organs': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Alla organ */
    get: operations['GetOrganHttpController_list'];
    put?: never;
    /** Registrera ett organ (administratör) */
    post: operations['RegisterOrganHttpController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organs/{organId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ett organ, med revision (ETag) */
    get: operations['GetOrganHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organs/{organId}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Avveckla ett organ (administratör; skäl krävs) */
    post: operations['DeactivateOrganHttpController_deactivateOrgan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organs/{organId}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Organets händelselogg (revisorer och regiondirektören) */
    get: operations['GetOrganHttpController_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organs/{organId}/parent': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Flytta ett organ under ett annat (administratör) */
    post: operations['ChangeOrganParentHttpController_changeParent'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/organs/{organId}/rename': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Byt namn och kortnamn på ett organ (administratör) */
    post: operations['RenameOrganHttpController_renameOrgan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/perioder/{period}/faststallelser': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Nämndernas fastställanden av sina rapporter för en period (eller alla perioder ett år) */
    get: operations['ListFaststallelserHttpController_list'];
    put?: never;
    /**
     * Registrera att nämnden fastställt sin rapport för perioden
     * @description Nämndens sekreterare, med sammanträdesdag, § och eventuellt diarienummer. Därefter är perioden låst för organet: rapporter och bedömningar för perioden kräver skäl (reason) och märks "ändrad efter fastställande", och periodens påminnelser till organet upphör. Okänt organ: 404 ORGAN_NOT_FOUND; redan fastställd (samma eller tidigare sammanträde): 409 PERIOD_REPORT_ALREADY_ADOPTED; ett senare sammanträde är ett nytt fastställande som ersätter det förra. Sammanträdesdag i framtiden eller före periodens slut: 400.
     */
    post: operations['AdoptReportHttpController_adopt'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/perioder/{period}/faststallelser/{organId}/behandling': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Registrera att regionstyrelsen eller fullmäktige tagit emot eller behandlat den fastställda rapporten
     * @description Regionstyrelsens eller fullmäktiges sekreterare, med sammanträdesdag och §. Rapporten måste vara fastställd av nämnden: annars 409 PERIOD_REPORT_NOT_ADOPTED.
     */
    post: operations['RecordHandlingHttpController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/perioder/{period}/faststallelser/uppsikt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Uppsikt: per organ om periodens rapport är fastställd (när, §), rapporterad eller saknas */
    get: operations['GetFaststallelseUppsiktHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/perioder/{period}/maluppfyllelse': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Måluppfyllelse för en nämnd och period
     * @description Varje delmål i nämndens plan med periodens bedömning och indikatorernas utfall, antal per bedömning (ett delmål utan bedömning räknas som saknas) och nämndens uppdrag per status, räknade som periodtabellen skriver ut dem (avslutad för sig). `organ` krävs. Läsmodell: ett ögonblick efter loggen.
     */
    get: operations['GetMaluppfyllelseHttpController_maluppfyllelse'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/perioder/{period}/uppdrag': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Periodtabellen: varje aktivt uppdrag med periodens status
     * @description En månad (2023-04) eller en tertial (2023-T1). Ett månadsuppdrag visar i en tertialtabell sin senaste rapport i tertialen; en saknad rapport är ej_rapporterad med senast kända status förd vidare, eller ej_forfallen så länge dess sista dag enligt årshjulet inte har passerat. `asOf` och `recordedAt` visar tabellen som den stod en dag eller som systemet visade den vid en tidpunkt; den dagen avgör också vad som är försenat (utan dem: i dag). `tableStatus` är det raden skriver ut och räknas som. `faststallelser`: organens fastställanden av perioden — för en månad även tertialens, för ett år årsrapportens (tertial 3); `andradEfterFaststallande` på rader och delar som ändrats efter dem. Läsmodell: ett ögonblick efter loggen.
     */
    get: operations['GetPeriodTableHttpController_table'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/persons': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Alla personer (e-post bara för nämndsekreterare och administratörer) */
    get: operations['GetPersonHttpController_list'];
    put?: never;
    /** Registrera en person (administratör) */
    post: operations['RegisterPersonHttpController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/persons/{personId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** En person, med revision (ETag) */
    get: operations['GetPersonHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/persons/{personId}/auditor-mandate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ge en revisor revisionsuppdraget (år eller mandat) som behörigheten gäller för */
    post: operations['GiveAuditorMandateHttpController_giveAuditorMandate'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/persons/{personId}/deactivate': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Inaktivera en person (administratör, inte sig själv; skäl krävs) */
    post: operations['DeactivatePersonHttpController_deactivatePerson'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/persons/{personId}/email': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Byt e-postadress (administratör) */
    post: operations['ChangePersonEmailHttpController_changeEmail'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/persons/{personId}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Personens händelselogg (revisorer och regiondirektören) */
    get: operations['GetPersonHttpController_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/persons/{personId}/organ': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Flytta en person till ett annat organ (administratör, inte sig själv) */
    post: operations['ChangePersonOrganHttpController_changeOrgan'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/persons/{personId}/rename': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Byt namn på en person (administratör) */
    post: operations['RenamePersonHttpController_renamePerson'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/persons/{personId}/roles': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ändra en persons roller (administratör, inte sina egna) */
    post: operations['ChangePersonRolesHttpController_changePersonRoles'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/rapporter/uppdrag': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Uppföljning av fullmäktiges uppdrag som fil (docx, xlsx, pdf, csv, html)
     * @description Tabellen i delårsrapporten för en månad eller tertial, per givare och mottagare. Filen anger sin brytpunkt (loggposition och kedjehash); samma `cutoff` och `on` ger samma bytes. Med `organ` följer organets måluppfyllelse (delmål per regionmål, antal helt/delvis/inte/saknas, uppdrag per status som tabellen skriver ut dem, färgförklaring) som andra avsnitt, i DOCX och PDF med diagram: periodens indikatorer och delmål, och utvecklingen över årets perioder fram till denna. Organens fastställanden ("Fastställd av … § 45", regionstyrelsens och fullmäktiges behandling) står under rubriken, och rader (uppdrag och delmål) ändrade efter fastställandet är märkta "ändrad efter fastställande" med skälet. `version=faststalld` ger rapporten som organet fastställde den; filen säger vilken version den är.
     */
    get: operations['GetUppdragReportHttpController_report'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uppdrag': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Uppdrag per organ (läsmodell) */
    get: operations['ListUppdragHttpController_list'];
    put?: never;
    /**
     * Registrera ett uppdrag
     * @description Nämndsekreteraren för det beslutande eller ett mottagande organ, eller regiondirektören.
     */
    post: operations['RegisterUppdragHttpController_register'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uppdrag/{uppdragId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ett uppdrag som det står nu, med revision (ETag) */
    get: operations['GetUppdragHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uppdrag/{uppdragId}/ansvarig': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Byt ansvarig tjänsteperson */
    post: operations['ChangeAnsvarigHttpController_changeAnsvarig'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uppdrag/{uppdragId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Avsluta hela uppdraget med en slutkommentar
     * @description Ett uppdrag som riktas till flera organ avslutas som helhet av beslutande organs sekreterare, samordnarens sekreterare eller regiondirektören; alla delar som ännu är öppna avslutas med det. Ett mottagande organ avslutar sin egen del med POST /api/uppdrag/{uppdragId}/close-part.
     */
    post: operations['CloseUppdragHttpController_closeUppdrag'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uppdrag/{uppdragId}/close-part': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Avsluta ett mottagande organs del av uppdraget (Avslutad med slutkommentar)
     * @description Organets nämndsekreterare och tjänstepersoner, och regiondirektören. Övriga mottagare rapporterar vidare; när den sista delen avslutas är hela uppdraget avslutat. Ett uppdrag som riktas till ett enda organ avslutas därmed som helhet. organId som inte är en av mottagarna: 400 ORGAN_NOT_A_RECIPIENT; redan avslutad del: 409 UPPDRAG_PART_CLOSED.
     */
    post: operations['ClosePartHttpController_closePart'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uppdrag/{uppdragId}/events': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Uppdragets händelselogg (revisorer och regiondirektören) */
    get: operations['GetUppdragHttpController_events'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uppdrag/{uppdragId}/historik': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Uppdragets historik: varje ändring, vem, när och varför
     * @description Från historikens läsmodell, äldst först, med ändrade fält från → till. Läsmodell: ett ögonblick efter loggen.
     */
    get: operations['GetHistorikHttpController_uppdrag'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uppdrag/{uppdragId}/per': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Ett uppdrag som det stod vid en tidpunkt
     * @description Uppgifterna och gällande rapport per period, som det stod en dag (`asOf`) eller som systemet visade det vid en tidpunkt (`recordedAt`, före senare rättelser). Läsmodell: ett ögonblick efter loggen.
     */
    get: operations['GetUppdragAsOfHttpController_asOf'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uppdrag/{uppdragId}/periodicitet': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Ändra periodicitet (månad eller tertial) */
    post: operations['ChangePeriodicitetHttpController_changePeriodicitet'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uppdrag/{uppdragId}/reports': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rapportera status och kommentar för en period
     * @description Med organId rapporterar ett mottagande organ sin egen del av ett uppdrag som riktas till flera organ: organets nämndsekreterare och tjänstepersoner, och regiondirektören. Utan organId är det den samlade rapporten: när uppdraget har en samordnare skriver samordnarens sekreterare och tjänstepersoner, ansvarig tjänsteperson, beslutande organs sekreterare och regiondirektören den; annars alla som får rapportera på uppdraget. En period rapporteras en gång per del; ändringar görs som rättelse. När organet har fastställt sin rapport för perioden krävs reason (400 REASON_REQUIRED utan), och rapporten märks ändrad efter fastställande. organId som inte är en av mottagarna: 400 ORGAN_NOT_A_RECIPIENT; en avslutad del: 409 UPPDRAG_PART_CLOSED.
     */
    post: operations['ReportStatusHttpController_reportStatus'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uppdrag/{uppdragId}/reports/{period}/corrections': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Rätta en tidigare rapport (skäl krävs; originalet finns kvar i loggen)
     * @description Med organId rättas det organets egen del, utan den samlade rapporten; samma behörighet som att rapportera delen.
     */
    post: operations['CorrectReportHttpController_correctReport'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uppdrag/{uppdragId}/slutdatum': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Förläng slutdatum (skäl krävs) */
    post: operations['ExtendSlutdatumHttpController_extendSlutdatum'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uppdrag/{uppdragId}/withdraw': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /** Återkalla uppdraget: inte längre aktuellt (skäl krävs) */
    post: operations['WithdrawUppdragHttpController_withdrawUppdrag'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uppfoljning/aldrande': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Åldrande: öppna uppdrag, äldst först, med saknade rapporter och framskjutna slutdatum
     * @description Tidsgränserna följer årshjulet. `on` är dagen listan gäller (i dag om den utelämnas); utan `asOf` visas läget som det var den dagen. Läsmodell: ett ögonblick efter loggen.
     */
    get: operations['GetAgingHttpController_aging'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uppsikt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Registrera ett uppsiktsärende på ett organ eller en post
     * @description Regionstyrelsens sekreterare och regiondirektören.
     */
    post: operations['RecordArendeHttpController_record'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uppsikt/{arendeId}': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /** Ett uppsiktsärende som det står nu, med svaren, och revision (ETag) */
    get: operations['GetArendeHttpController_get'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uppsikt/{arendeId}/answers': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Besvara ett uppsiktsärende
     * @description Sekreterare och tjänstepersoner i organet som ärendet gäller.
     */
    post: operations['AnswerArendeHttpController_answer'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uppsikt/{arendeId}/close': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    get?: never;
    put?: never;
    /**
     * Avsluta ett uppsiktsärende med en slutsats
     * @description Regionstyrelsens sekreterare och regiondirektören.
     */
    post: operations['CloseArendeHttpController_close'];
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
  '/api/uppsikt/oversikt': {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    /**
     * Uppsikt: rapporter i tid, sena och saknade, röda och gula, passerade slutdatum per organ
     * @description För alla nämnder och beredningar som uppdrag riktas till, för en period. Tidsgränserna följer årshjulet och bedöms mot `asOf` (i dag om den utelämnas). Läsmodell: ett ögonblick efter loggen.
     */
    get: operations['GetOversiktHttpController_oversikt'];
    put?: never;
    post?: never;
    delete?: never;
    options?: never;
    head?: never;
    patch?: never;
    trace?: never;
  };
}
export type webhooks = Record<string, never>;
export interface components {
  schemas: {
    AddAtgardDto: {
      /** @example person-sara */
      ansvarigPersonId: string;
      /** @description Åtgärdens id. Utelämnat: servern skapar ett. */
      atgardId?: string | null;
      /**
       * Format: date
       * @example 2023-12-31
       */
      dueDate: string;
      /** @description Kontrollmomentet vars avvikelse åtgärden gäller. */
      kontrollmomentId: string;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /**
       * @description Perioden avvikelsen rapporterades för.
       * @example 2023-T1
       */
      period: string;
      text: string;
    };
    AddIndikatorDto: {
      /** @description Utfall ett tidigare år. */
      baseline?: components['schemas']['BaselineDto'] | null;
      /** @example ton CO2e */
      enhet?: string | null;
      /** @description Indikatorns id. Utelämnat: servern skapar ett. */
      indikatorId?: string | null;
      /** @description Utelämnat eller null: svar saknas. */
      malvarde?: number | null;
      /** @example Klimatutsläpp från tjänsteresor */
      namn: string;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /** @enum {string} */
      riktning: 'higher_is_better' | 'lower_is_better';
    };
    AddKontrollmomentDto: {
      /** @enum {string} */
      frekvens: 'manad' | 'tertial' | 'ar';
      /** @description Hur det kontrolleras. */
      hur: string;
      /** @example km-stickprov-inkop */
      kontrollmomentId: string;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /** @description Skäl; krävs när planen redan är fastställd. */
      reason?: string | null;
      /** @example risk-inkop-utanfor-avtal */
      riskId: string;
      /** @description Vad som kontrolleras. */
      vad: string;
      /**
       * @description Vem som kontrollerar.
       * @example Ekonomichef
       */
      vem: string;
    };
    AddRiskDto: {
      konsekvens: number;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /** @description Skäl; krävs när planen redan är fastställd. */
      reason?: string | null;
      /** @example risk-inkop-utanfor-avtal */
      riskId: string;
      sannolikhet: number;
      /** @example Inköp görs utanför upphandlade avtal */
      text: string;
    };
    AdoptedEntryView: {
      /**
       * Format: date-time
       * @description När fastställandet registrerades.
       */
      adoptedRecordedAt: string;
      /** @description Fastställandets stabila id. */
      adoptionId: string;
      /** @description Sant när statusen är en tidigare periods, förd vidare. */
      carriedForward: boolean;
      kommentar: string | null;
      /**
       * Format: date
       * @description Sammanträdesdag för fastställandet.
       */
      meetingDate: string;
      /** @example Hälso- och sjukvårdsnämnden */
      organ: string;
      /**
       * @description Nämnden som fastställde rapporten.
       * @example hsn
       */
      organId: string;
      /** @example 45 */
      paragraf: string;
      /**
       * @description Den fastställda perioden.
       * @example 2023-T1
       */
      period: string;
      /** @description Perioden statusen rapporterades för. */
      reportPeriod: string | null;
      /**
       * @description Status som den fastställda rapporten visar.
       * @enum {string}
       */
      status:
        | 'ej_paborjad'
        | 'pagaende_enligt_plan'
        | 'pagaende_delvis_enligt_plan'
        | 'pagaende_ej_enligt_plan'
        | 'avslutad'
        | 'aterkallad'
        | 'ej_forfallen'
        | 'ej_rapporterad'
        | 'ej_aktuell';
      /** @example Pågående enligt plan */
      statusText: string;
      /** @example rf-2023-01 */
      uppdragId: string;
    };
    AdoptPlanDto: {
      /**
       * Format: date
       * @description Nämndens beslutsdatum.
       * @example 2023-12-31
       */
      adoptedOn: string;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /** @example § 12 */
      paragraf?: string | null;
    };
    AdoptReportDto: {
      /** @example HSN 2023/123 */
      diarienummer?: string | null;
      /**
       * Format: date
       * @description Dagen för sammanträdet där rapporten fastställdes.
       * @example 2023-12-31
       */
      meetingDate: string;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /**
       * @description Nämnden eller styrelsen som fastställde sin rapport.
       * @example hsn
       */
      organId: string;
      /**
       * @description Paragraf i protokollet.
       * @example 45
       */
      paragraf: string;
    };
    AfterAdoptionView: {
      /**
       * Format: date
       * @description Sammanträdesdagen för fastställandet ändringen gjordes efter.
       */
      adoptedOn: string;
      /** @example 45 */
      paragraf: string;
      /** @description Skälet till ändringen efter fastställandet. */
      reason: string;
    };
    AgingUppdragView: {
      /** @description Dagar från registrering till `on`. */
      ageDays: number;
      ansvarigPersonId: string;
      /** @description Framskjutna slutdatum, äldst först. */
      extensions: components['schemas']['ExtensionView'][];
      /** @description Rapporter som saknas efter sin tidsgräns. */
      missingReports: components['schemas']['MissingReportView'][];
      /** @description Fortfarande öppet efter sitt slutdatum. */
      overdue: boolean;
      /** @enum {string} */
      periodicitet: 'manad' | 'tertial';
      /** @example 2023-01-10 */
      registeredOn: string;
      riktasTill: string[];
      slutdatum: string;
      text: string;
      uppdragId: string;
    };
    AgingView: {
      /** @description `asOf` som frågades, annars `on`. */
      asOf: string | null;
      /** @description Uppdrag vars slutdatum skjutits fram (öppna eller inte), flest gånger först. */
      extended: components['schemas']['ExtendedUppdragView'][];
      /** @example 2024-01-31 */
      on: string;
      /** @description Öppna uppdrag, äldst först (registrering, sedan id). */
      open: components['schemas']['AgingUppdragView'][];
      organ: string | null;
      recordedAt: string | null;
    };
    AnswerArendeDto: {
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      text: string;
    };
    AssessDelmalDto: {
      /** @enum {string} */
      bedomning: 'helt' | 'delvis' | 'inte' | 'saknas';
      kommentar: string;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /**
       * @description En månad (2023-04) eller en tertial (2023-T1).
       * @example 2023-T1
       */
      period: string;
      /**
       * @description Prognos för helåret.
       * @enum {string}
       */
      prognos: 'helt' | 'delvis' | 'inte' | 'saknas';
      /** @description Skäl till ändringen; krävs när organet redan har fastställt sin rapport för perioden. */
      reason?: string | null;
    };
    AssessmentView: {
      assessedAt: string;
      assessedBy: string;
      /** @enum {string} */
      bedomning: 'helt' | 'delvis' | 'inte' | 'saknas';
      correctedAt: string | null;
      correctedBy: string | null;
      kommentar: string;
      /** @example 2023-T1 */
      period: string;
      /** @enum {string} */
      prognos: 'helt' | 'delvis' | 'inte' | 'saknas';
    };
    AtgardView: {
      ansvarigPersonId: string;
      atgardId: string;
      /** Format: date */
      dueDate: string;
      kommentar: string | null;
      kontrollmomentId: string;
      period: string;
      /** @enum {string} */
      status: 'planerad' | 'pagar' | 'klar';
      text: string;
    };
    AuditActorView: {
      /** @description Namnet som loggen gav då, annars personens senast kända namn. */
      name: string | null;
      personId: string;
    };
    AuditChangeView: {
      /** @example slutdatum */
      field: string;
      /**
       * @description Värdet före (valfri JSON).
       * @example 2023-12-31
       */
      from:
        | (
            | string
            | number
            | boolean
            | unknown[]
            | {
                [key: string]: unknown;
              }
          )
        | null;
      /**
       * @description Värdet efter (valfri JSON).
       * @example 2024-06-30
       */
      to:
        | (
            | string
            | number
            | boolean
            | unknown[]
            | {
                [key: string]: unknown;
              }
          )
        | null;
    };
    AuditEntryView: {
      /** @description Vem som gjorde det. */
      actor: components['schemas']['AuditActorView'];
      changes: components['schemas']['AuditChangeView'][];
      /** @example Status rapporterad för april 2023: Pågående enligt plan */
      description: string;
      eventId: string;
      /** @example UppdragStatusReported */
      eventType: string;
      item: components['schemas']['AuditItemView'];
      /** @description Händelsetid: när det hände i verksamheten. */
      occurredAt: string;
      /** @description Organen som händelsen rör. */
      organs: string[];
      /** @example 2023-04 */
      period: string | null;
      /** @description Plats i hela loggens ordning. */
      position: number;
      /** @description Skälet som angavs. */
      reason: string | null;
      /** @description Servertid: när det lagrades. */
      recordedAt: string;
    };
    AuditItemView: {
      id: string;
      /** @enum {string} */
      kind: 'uppdrag' | 'delmal' | 'organ' | 'person' | 'uppsiktsarende' | 'internkontrollplan' | 'other';
    };
    AuditorMandateView: {
      /**
       * Format: date
       * @example 2023-01-01
       */
      validFrom: string;
      /**
       * Format: date
       * @example 2024-04-30
       */
      validTo: string;
    };
    AuditPageView: {
      /** @description Senaste först. */
      entries: components['schemas']['AuditEntryView'][];
      /** @description Skicka som `cursor` för nästa (äldre) sida; null på sista sidan. */
      nextCursor: string | null;
    };
    BaselineDto: {
      /** @example 1061 */
      value: number;
      /** @example 2021 */
      year: number;
    };
    BaselineView: {
      /** @example 1061 */
      value: number;
      /** @example 2021 */
      year: number;
    };
    BedomningCountsView: {
      delvis: number;
      helt: number;
      inte: number;
      saknas: number;
      totalt: number;
    };
    BeslutView: {
      /** Format: date */
      meetingDate: string;
      /** @example 45 */
      paragraf: string;
    };
    ChainHeadView: {
      /**
       * @description Vilken kedjedefinition hashen följer.
       * @example sparbar:event-chain:v1
       */
      chain: string;
      /** @description Kedjade händelser till och med positionen. */
      eventCount: number;
      /** @description Händelsen vid positionen. */
      eventId: string | null;
      /** @example 2023-05-03T07:30:00.000Z */
      exportedAt: string;
      /** @description Kedjans hash där (sha256, 64 hexadecimala tecken). */
      hash: string;
      /** @description Den sista kedjade händelsens position (0: tom logg). */
      position: number;
    };
    ChainLinkView: {
      eventCount: number;
      eventId: string;
      hash: string;
      position: number;
    };
    ChangeAnsvarigDto: {
      /** @example person-sara */
      ansvarigPersonId: string;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
    };
    ChangeAtgardStatusDto: {
      kommentar?: string | null;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /** @enum {string} */
      status: 'planerad' | 'pagar' | 'klar';
    };
    ChangeMalvardeDto: {
      /** @description null: målvärde saknas. */
      malvarde: number | null;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      reason: string;
    };
    ChangeOrganParentDto: {
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /** @description Det nya överordnade organet; null: inget. */
      parentOrganId: string | null;
    };
    ChangePeriodicitetDto: {
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /** @enum {string} */
      periodicitet: 'manad' | 'tertial';
      reason?: string | null;
    };
    ChangePersonEmailDto: {
      /** @example sara.nilsson@example.se */
      epost: string;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
    };
    ChangePersonOrganDto: {
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /** @description Det nya organet; null: inget (bara för roller utan organ). */
      organId: string | null;
    };
    ChangePersonRolesDto: {
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /**
       * @example [
       *       "officer"
       *     ]
       */
      roles: ('officer' | 'secretary' | 'regiondirektor' | 'auditor' | 'admin' | 'importer')[];
    };
    CloseArendeDto: {
      /** @description Regionstyrelsens slutsats. */
      conclusion: string;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
    };
    CloseDelmalDto: {
      kommentar?: string | null;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
    };
    ClosePartDto: {
      /** @description Organets slutkommentar för sin del. */
      kommentar: string;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /**
       * @description Det mottagande organ vars del avslutas (ett av riktasTill).
       * @example hsn
       */
      organId: string;
    };
    CloseUppdragDto: {
      kommentar: string;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
    };
    CorrectAssessmentDto: {
      /** @enum {string} */
      bedomning: 'helt' | 'delvis' | 'inte' | 'saknas';
      kommentar: string;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /** @enum {string} */
      prognos: 'helt' | 'delvis' | 'inte' | 'saknas';
      reason: string;
    };
    CorrectReportDto: {
      kommentar: string;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /**
       * @description Mottagande organ vars egen del rättas (ett av riktasTill). Utelämnat: den samlade rapporten (samordnarens, eller uppdragets enda när det riktas till ett organ).
       * @example hsn
       */
      organId?: string | null;
      reason: string;
      /** @enum {string} */
      status:
        'ej_paborjad' | 'pagaende_enligt_plan' | 'pagaende_delvis_enligt_plan' | 'pagaende_ej_enligt_plan';
    };
    CorrectUtfallDto: {
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      reason: string;
      /** @description null: svar saknas. */
      utfall: number | null;
    };
    CreatePlanDto: {
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /**
       * @description Nämnden vars plan det är.
       * @example hsn
       */
      organId: string;
      /** @example 2023 */
      year: number;
    };
    DeactivateOrganDto: {
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      reason: string;
    };
    DeactivatePersonDto: {
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      reason: string;
    };
    DefineDelmalDto: {
      /** @description Delmålets id. Utelämnat: servern skapar ett. Ett id som redan finns ger 409, aldrig en dubblett. */
      delmalId?: string | null;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /**
       * @description Nämnden vars plan delmålet hör till.
       * @example hsn
       */
      organId: string;
      /** @example 2023 */
      planYear: number;
      regionmal: components['schemas']['RegionmalDto'];
      text: string;
    };
    DelmalUppfyllelseView: {
      /**
       * @description helt, delvis, inte: uppnås; saknas: ingen bedömning för perioden.
       * @enum {string}
       */
      bedomning: 'helt' | 'delvis' | 'inte' | 'saknas';
      /** @description Perioden som bedömningen gjordes för (en månad eller tertialen själv). */
      bedomningPeriod: string | null;
      delmalId: string;
      indikatorer: components['schemas']['IndikatorUppfyllelseView'][];
      kommentar: string | null;
      /**
       * @description Prognos för helåret.
       * @enum {string|null}
       */
      prognos: 'helt' | 'delvis' | 'inte' | 'saknas' | null;
      regionmal: components['schemas']['RegionmalView'];
      text: string;
    };
    DelmalView: {
      assessments: components['schemas']['AssessmentView'][];
      closed: boolean;
      closingComment: string | null;
      delmalId: string;
      indikatorer: components['schemas']['IndikatorView'][];
      /** @example hsn */
      organId: string;
      /** @example 2023 */
      planYear: number;
      regionmal: components['schemas']['RegionmalView'];
      /** @description Strömmens revision (samma som ETag). */
      revision: number;
      text: string;
    };
    DevSignInDto: {
      /**
       * @description En av utvecklingsanvändarna (GET /api/auth/dev-users).
       * @example person-johan
       */
      personId: string;
    };
    DevTokenDto: {
      /**
       * @description Giltighetstid i sekunder.
       * @example 28800
       */
      expiresIn: number;
      /** @description Skickas som "Authorization: Bearer <token>". */
      token: string;
      /** @example Bearer */
      tokenType: string;
      user: components['schemas']['DevUserDto'];
    };
    DevUserDto: {
      /** @example Johan Lindström */
      name: string;
      /** @example rs */
      organId: string | null;
      /** @example person-johan */
      personId: string;
      /**
       * @example [
       *       "officer"
       *     ]
       */
      roles: string[];
    };
    ExtendedUppdragView: {
      extensions: components['schemas']['ExtensionView'][];
      /** @enum {string} */
      lifecycle: 'aktivt' | 'avslutat' | 'aterkallat';
      text: string;
      uppdragId: string;
    };
    ExtendSlutdatumDto: {
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      reason: string;
      /**
       * Format: date
       * @description Det nya, senare slutdatumet.
       * @example 2023-12-31
       */
      slutdatum: string;
    };
    ExtensionView: {
      /** @description Vem som sköt fram slutdatum (person-id). */
      by: string;
      /** @example 2023-12-31 */
      from: string;
      /**
       * @description Affärsdatum för beslutet.
       * @example 2023-11-20
       */
      on: string;
      reason: string | null;
      /** @example 2024-06-30 */
      to: string;
    };
    FaststallelseListView: {
      /** @description Per organ och period, i organens och periodernas ordning. */
      faststallelser: components['schemas']['FaststallelseView'][];
      /** @example 2023-T1 */
      period: string;
    };
    FaststallelseView: {
      adoptedBy: string;
      diarienummer: string | null;
      handlings: components['schemas']['HandlingView'][];
      /**
       * Format: date
       * @description Sammanträdesdag för det gällande fastställandet.
       */
      meetingDate: string;
      /** @example hsn */
      organId: string;
      /** @example 45 */
      paragraf: string;
      /** @example 2023-T1 */
      period: string;
      /** @description Tidigare fastställanden som ett senare sammanträde ersatte, äldst först. */
      previous: components['schemas']['BeslutView'][];
      /** @description Strömmens revision (samma som ETag). */
      revision: number;
      /** @example Fastställd av hälso- och sjukvårdsnämnden 2023-05-24 § 45 */
      text: string;
    };
    FieldChangeView: {
      /** @example slutdatum */
      field: string;
      /**
       * @description Värdet före (null: inget).
       * @example 2023-12-31
       */
      from:
        | (
            | string
            | number
            | boolean
            | unknown[]
            | {
                [key: string]: unknown;
              }
          )
        | null;
      /**
       * @description Värdet efter.
       * @example 2024-06-30
       */
      to:
        | (
            | string
            | number
            | boolean
            | unknown[]
            | {
                [key: string]: unknown;
              }
          )
        | null;
    };
    FieldErrorDto: {
      /** @example period */
      field: string;
      /** @example måste vara en månad (ÅÅÅÅ-MM, t.ex. 2023-04) eller en tertial (ÅÅÅÅ-Tn, t.ex. 2023-T1) */
      reason: string;
    };
    GiveAuditorMandateDto: {
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /**
       * Format: date
       * @description Första dagen revisorn har behörighet.
       * @example 2023-01-01
       */
      validFrom: string;
      /**
       * Format: date
       * @description Sista dagen; dagen efter upphör behörigheten av sig själv.
       * @example 2024-04-30
       */
      validTo: string;
    };
    HandlingView: {
      /** @enum {string} */
      by: 'regionstyrelsen' | 'fullmaktige';
      /** @example rs */
      byOrganId: string;
      /** Format: date */
      date: string;
      /**
       * @description received: anmäld; handled: behandlad.
       * @enum {string}
       */
      kind: 'received' | 'handled';
      paragraf: string;
      recordedBy: string;
    };
    HeadVerdictView: {
      /** @example Loggen fram till det sparade huvudet har skrivits om: hashen stämmer inte. */
      message?: string;
      ok: boolean;
      position: number;
      /** @enum {string} */
      reason?: 'hash-differs' | 'event-missing' | 'count-differs' | 'not-reached' | 'signature-invalid';
      recomputedHash?: string | null;
    };
    HistoryLineView: {
      /** @description Vem (person-id). */
      actor: string;
      /** @description Ändringen gjordes efter att perioden fastställts ("ändrad efter fastställande"): fastställandet och skälet. Annars null. */
      andradEfterFaststallande: components['schemas']['AfterAdoptionView'] | null;
      /** @description Fälten som ändrades, från → till. */
      changes: components['schemas']['FieldChangeView'][];
      eventId: string;
      /** @example UppdragSlutdatumExtended */
      eventType: string;
      indikatorId: string | null;
      /** @description Händelsetid: när det hände i verksamheten. */
      occurredAt: string;
      /** @example 2023-04 */
      period: string | null;
      /** @description Position i loggen. */
      position: number;
      /** @description Varför, där det angavs. */
      reason: string | null;
      /** @description Servertid: när det lagrades. */
      recordedAt: string;
      /** @description Postens revision efter händelsen. */
      revision: number;
    };
    HistoryView: {
      id: string;
      /** @enum {string} */
      kind: 'uppdrag' | 'delmal';
      /** @description Varje ändring, äldst först. */
      lines: components['schemas']['HistoryLineView'][];
    };
    ImportedCommandView: {
      /** @description Antal händelser kommandot skrev (0: inget att ändra). */
      events: number;
      /** @description Strömmens revision efter kommandot. */
      revision: number;
      /** @description Raden i kalkylbladet, eller kommandots nummer i filen (1 = det första). */
      row: number;
      /** @example uppdrag-u2023-3f2a9c0d1e2b4a5c */
      stream: string;
      /** @example RegisterUppdrag */
      type: string;
    };
    ImportErrorView: {
      /** @example PERIOD_ALREADY_REPORTED */
      code?: string;
      /** @description Kolumnrubriken, eller kommandots fält (data.period, occurredAt, actor). */
      field: string;
      /** @description Varför, på svenska. */
      reason: string;
      /** @description Raden (rubrikraden är 1) eller kommandots nummer; 0: filen som helhet. */
      row: number;
    };
    ImportPreviewView: {
      /** @description Antal kommandon importen skulle skriva. */
      commands: number;
      /** @description Varje rad och fält som inte gick att läsa eller pröva. */
      errors: components['schemas']['ImportErrorView'][];
      /** @description true: importen skulle gå igenom som den är. Ingenting är skrivet. */
      ok: boolean;
      /** @description Varje rad som gick att läsa, i tabellens ordning. */
      rows: components['schemas']['RowResolutionView'][];
    };
    ImportSummaryView: {
      /** @description Antal kommandon som skrevs. */
      commands: number;
      /** @description Antal händelser i loggen från importen. */
      events: number;
      written: components['schemas']['ImportedCommandView'][];
    };
    IndikatorUppfyllelseView: {
      /**
       * @description helt, delvis, inte: uppnås; saknas: ingen bedömning för perioden.
       * @enum {string}
       */
      bedomning: 'helt' | 'delvis' | 'inte' | 'saknas';
      /** @example ton CO2e */
      enhet: string | null;
      indikatorId: string;
      malvarde: number | null;
      namn: string;
      /** @description Periodens utfall; null: svar saknas. */
      utfall: number | null;
      /** @description Perioden som utfallet gäller. */
      utfallPeriod: string | null;
    };
    IndikatorView: {
      baseline: components['schemas']['BaselineView'] | null;
      enhet: string | null;
      indikatorId: string;
      malvarde: number | null;
      namn: string;
      /** @enum {string} */
      riktning: 'higher_is_better' | 'lower_is_better';
      utfall: components['schemas']['UtfallView'][];
    };
    InkorgEntryView: {
      /**
       * Format: date
       * @description Sista dag för rapporten eller bedömningen.
       */
      deadline: string;
      /** @example styrd-inkopsprocess-2023 */
      itemId: string;
      /**
       * @description Vad det gäller: ett uppdrags rapport, ett delmåls bedömning, svaret på ett uppsiktsärende, ett kontrollmoments resultat eller en åtgärd som ska vara klar.
       * @enum {string}
       */
      itemKind: 'uppdrag' | 'delmal' | 'uppsiktsarende' | 'kontrollmoment' | 'atgard';
      /** @description Uppdragets, delmålets, uppsiktsärendets, kontrollmomentets eller åtgärdens text (null om okänd). */
      itemText: string | null;
      /** @example uppdrag.inkop.2023-04.p14.person-johan.inkorg */
      key: string;
      /**
       * @description En påminnelse före sista dag eller en eskalering efter.
       * @enum {string}
       */
      kind: 'paminnelse' | 'eskalering';
      /**
       * @description Sakens sida i webbapplikationen.
       * @example /uppsikt/hsn-vantetider
       */
      link: string;
      /**
       * @description Perioden (månad, tertial, år för ett kontrollmoment); `svar` för ett uppsiktsärende.
       * @example 2023-04
       */
      period: string;
      /**
       * @description Ett kontrollmoments eller en åtgärds internkontrollplan (deras id är unika bara i planen); annars null.
       * @example hsn-2023
       */
      planId: string | null;
      /** @description När den kom till inkorgen. */
      sentAt: string;
      /** @example Påminnelse: rapport för april 2023 senast måndag 15 maj 2023 */
      title: string;
      /**
       * @deprecated
       * @description Samma som `itemId` (från tiden före delmål).
       */
      uppdragId: string;
      /**
       * @deprecated
       * @description Samma som `itemText`.
       */
      uppdragText: string | null;
    };
    InkorgPageView: {
      /** @description Senaste först. */
      entries: components['schemas']['InkorgEntryView'][];
      /** @description Skicka som `cursor` för nästa (äldre) sida; null på sista sidan. */
      nextCursor: string | null;
    };
    InternkontrollplanView: {
      /** Format: date */
      adoptedOn: string | null;
      atgarder: components['schemas']['AtgardView'][];
      /** @description Ändringarna efter fastställandet, var och en med sitt skäl, i tidsordning. */
      changes: components['schemas']['PlanChangeView'][];
      /** @description Antal ändringar av planen efter att den fastställdes. */
      changesAfterAdoption: number;
      /** @example hsn */
      organId: string;
      paragraf: string | null;
      results: components['schemas']['KontrollresultatView'][];
      /** @description Strömmens revision (samma som ETag). */
      revision: number;
      /** @description Riskmatrisen 4×4: antal risker per sannolikhet (rad 0 = 1) och konsekvens (kolumn 0 = 1). */
      riskmatris: number[][];
      risks: components['schemas']['RiskView'][];
      /** @example 2023 */
      year: number;
    };
    KeptHeadDto: {
      /**
       * @description Vilken kedjedefinition hashen följer.
       * @enum {string|null}
       */
      chain?: 'sparbar:event-chain:v1' | null;
      /** @description Antal kedjade händelser till och med positionen. */
      eventCount?: number | null;
      /** @description Händelsen vid positionen (kontrolleras inte). */
      eventId?: string | null;
      /**
       * Format: date-time
       * @description När huvudet exporterades (kontrolleras inte).
       * @example 2023-05-03T09:30:00+02:00
       */
      exportedAt?: string | null;
      /** @description Kedjans hash vid positionen. */
      hash: string;
      /** @description Positionen i loggen som huvudet gäller. */
      position: number;
    };
    KontrollmomentView: {
      /** @description Tillagt efter att planen fastställdes. */
      changesAdoptedPlan: boolean;
      /** @enum {string} */
      frekvens: 'manad' | 'tertial' | 'ar';
      hur: string;
      kontrollmomentId: string;
      vad: string;
      vem: string;
    };
    KontrollresultatView: {
      beskrivning: string | null;
      kontrollmomentId: string;
      /** @example 2023-T1 */
      period: string;
      recordedBy: string;
      /** Format: date */
      recordedOn: string;
      /** @enum {string} */
      resultat: 'utan_anmarkning' | 'avvikelse';
    };
    LoggedEventView: {
      /** @description Vem (person-id från token). */
      actor: string;
      /** @description Begärans id (x-request-id). */
      correlationId: string | null;
      /** @description Händelsens data som den lagrades (det kedjan räknar på), tider som de skrevs. */
      data: {
        [key: string]: unknown;
      };
      eventId: string;
      /** @description Händelsetid: när det hände i verksamheten. */
      occurredAt: string;
      /** @description Plats i hela loggens ordning. */
      position: number;
      /** @description Servertid: när det lagrades. */
      recordedAt: string;
      /** @description Plats i objektets ström (0 först). */
      revision: number;
      /** @example UppdragStatusReported */
      type: string;
    };
    MaluppfyllelseCountsView: {
      delmal: components['schemas']['BedomningCountsView'];
      indikatorer: components['schemas']['BedomningCountsView'];
      /** @description Organets uppdrag i periodtabellen, räknade efter det raden skriver ut (`tableStatus`): rapporterad status, avslutad, aterkallad, ej_forfallen, ej_rapporterad, ej_aktuell; ej_paborjad även för uppdrag som aldrig rapporterats och inte är sena. */
      uppdrag: {
        aterkallad: number;
        avslutad: number;
        ej_aktuell: number;
        ej_forfallen: number;
        ej_paborjad: number;
        ej_rapporterad: number;
        pagaende_delvis_enligt_plan: number;
        pagaende_ej_enligt_plan: number;
        pagaende_enligt_plan: number;
        totalt: number;
      };
    };
    MaluppfyllelseView: {
      asOf: string | null;
      counts: components['schemas']['MaluppfyllelseCountsView'];
      /** @description Delmålen i organets plan för periodens år. */
      delmal: components['schemas']['DelmalUppfyllelseView'][];
      /** @example hsn */
      organ: string;
      /** @example 2023-T1 */
      period: string;
      recordedAt: string | null;
      /** @example Totalt 3 delmål, varav 1 uppnås, 1 uppnås delvis och 0 uppnås inte. 1 saknar bedömning. */
      sammanfattning: string;
    };
    MismatchView: {
      /** @description Händelsen som kedjan väntar sig här (vid unexpected: den som hittades). */
      eventId: string;
      /** @description Vid order: händelsen som ligger här nu. */
      foundEventId?: string;
      /** @example Händelsens innehåll har ändrats sedan den kedjades. */
      message: string;
      position: number;
      /**
       * @description changed: innehållet ändrat; missing: raderad; order: flyttad; unexpected: inlagd utanför systemet; chain-altered: kedjans egen rad ändrad.
       * @enum {string}
       */
      reason: 'changed' | 'missing' | 'order' | 'unexpected' | 'chain-altered';
    };
    MissingReportView: {
      /** @description Dagar efter tidsgränsen, räknat till `on`. */
      daysLate: number;
      /**
       * @description Sista dag att rapportera (årshjulet).
       * @example 2023-11-14
       */
      deadline: string;
      /** @example 2023-10 */
      period: string;
    };
    OpenPeriodView: {
      /** @example 2023-T1 */
      period: string;
      /** @description Periodens fastställda rader, per uppdrag och nämnd. */
      rader: components['schemas']['AdoptedEntryView'][];
      /** @description Periodens stabila adress. */
      uri: string;
    };
    OpenUppdragListView: {
      /** @description Licens för uppgifterna (CC0 1.0). */
      licens: string;
      /** Format: date-time */
      senastAndrad: string | null;
      uppdrag: components['schemas']['OpenUppdragWithUri'][];
      /** @example Regionfullmäktige */
      utgivare: string;
    };
    OpenUppdragWithUri: {
      /** @description Fastställd status per nämnd och period, äldst först. */
      historik: components['schemas']['AdoptedEntryView'][];
      /** @example rf-2023-01 */
      id: string;
      /** @example 2023 */
      planYear: number;
      text: string;
      /** @description Uppdragets stabila adress. */
      uri: string;
    };
    OrganPeriodReportView: {
      /** Format: date */
      meetingDate: string | null;
      missing: number;
      notYetDue: number;
      /** @example hsn */
      organId: string;
      paragraf: string | null;
      /** @enum {string} */
      state: 'faststalld' | 'saknas' | 'ej_forfallen' | 'rapporterad';
      /** @example Fastställd av hälso- och sjukvårdsnämnden 2023-05-24 § 45 */
      text: string | null;
      /** @description Uppdrag riktade till organet, aktiva i perioden. */
      uppdrag: number;
    };
    OrganRefView: {
      /** @example Hälso- och sjukvårdsnämnden */
      namn: string;
      /** @example hsn */
      organId: string;
    };
    OrganView: {
      active: boolean;
      deactivationReason: string | null;
      /** @example HSN */
      kortnamn: string;
      /** @example Hälso- och sjukvårdsnämnden */
      namn: string;
      /** @example hsn */
      organId: string;
      /** @example regionfullmaktige */
      parentOrganId: string | null;
      /** @description Strömmens revision (samma som ETag). */
      revision: number;
      /** @enum {string} */
      typ:
        | 'regionfullmaktige'
        | 'regionstyrelse'
        | 'namnd'
        | 'styrelse'
        | 'beredning'
        | 'kommunfullmaktige'
        | 'kommunstyrelse'
        | 'bolag';
    };
    PartsSummaryView: {
      /**
       * @description Avslutade delar.
       * @example 3
       */
      closed: number;
      /**
       * @description Om någon mottagare har rapporterat eller avslutat en egen del (annars gäller den gemensamma rapporten för alla).
       * @example true
       */
      ownParts: boolean;
      /**
       * @description Delar med rapport för perioden (eller avslutade).
       * @example 3
       */
      reported: number;
      /** @example 3 av 4 nämnder klara */
      text: string;
      /** @example 4 */
      total: number;
    };
    PeriodReportsView: {
      organs: components['schemas']['OrganPeriodReportView'][];
      /** @example 2023-T1 */
      period: string;
    };
    PeriodTableAdoptionView: {
      /** Format: date */
      meetingDate: string;
      /** @example hsn */
      organId: string;
      /** @example 45 */
      paragraf: string;
      /** @example Fastställd av hälso- och sjukvårdsnämnden 2023-05-24 § 45 */
      text: string;
    };
    PeriodTablePartView: {
      /** @description Den visade rapporten lagrades efter att organet fastställt sin rapport för perioden: visas som "ändrad efter fastställande". */
      andradEfterFaststallande: boolean;
      /** @example person-johan */
      ansvarigPersonId: string;
      /** @description Statusen är en tidigare periods, förd vidare. */
      carriedForward: boolean;
      /** @description Den visade rapporten är rättad; `correctionReason` säger varför. */
      corrected: boolean;
      correctionReason: string | null;
      /**
       * @description Sista dag för periodens rapport enligt årshjulet; null när ingen krävdes.
       * @example 2023-05-15
       */
      deadline: string | null;
      /** @description Slutkommentaren eller skälet till återkallelsen. */
      endComment: string | null;
      /** @description Affärsdatum för avslut eller återkallelse. */
      endedOn: string | null;
      /** @description Skälet som angavs för ändringen efter fastställandet (rättelsens skäl, eller skälet till en sen rapport); null när raden inte är ändrad. */
      faststallandeSkal: string | null;
      /** @example regionfullmaktige */
      givenBy: string;
      kommentar: string | null;
      /**
       * @description Var uppdraget stod i sitt liv vid tidpunkten.
       * @enum {string}
       */
      lifecycle: 'aktivt' | 'avslutat' | 'aterkallat';
      /** @example hsn */
      organId: string;
      /** @example fullmaktige */
      originKind: string;
      /** @enum {string} */
      periodicitet: 'manad' | 'tertial';
      /** @example 2023 */
      planYear: number;
      /**
       * @description rapporterad: rapport för perioden (för ett månadsuppdrag i en tertialtabell: en månad i tertialen); ej_forfallen: rapport krävs men saknas, och sista dagen (`deadline`) har ännu inte passerat den dag tabellen läses (`asOf`, annars i dag); ej_rapporterad: rapport krävdes, sista dagen har passerat och den saknas; ej_aktuell: ingen rapport krävdes.
       * @enum {string}
       */
      rapportering: 'rapporterad' | 'ej_forfallen' | 'ej_rapporterad' | 'ej_aktuell';
      /** @description Servertid: när den visade rapporten lagrades. */
      recordedAt: string | null;
      /** @description Händelsetid för den visade rapporten (för rättelsen, om rättad). */
      reportedAt: string | null;
      /**
       * @description Vem som rapporterade (eller rättade).
       * @example person-johan
       */
      reportedBy: string | null;
      /**
       * @description Perioden som den visade statusen rapporterades för.
       * @example 2023-04
       */
      reportPeriod: string | null;
      /**
       * @example [
       *       "rs",
       *       "hsn"
       *     ]
       */
      riktasTill: string[];
      /** @example rs */
      samordnare: string | null;
      /** @example 2023-12-31 */
      slutdatum: string;
      /** @description Hur många gånger slutdatum har skjutits fram. */
      slutdatumExtensions: number;
      /**
       * @description Periodens status, eller den senast kända när den förs vidare (`carriedForward`).
       * @enum {string|null}
       */
      status:
        | 'ej_paborjad'
        | 'pagaende_enligt_plan'
        | 'pagaende_delvis_enligt_plan'
        | 'pagaende_ej_enligt_plan'
        | null;
      /**
       * @description Det raden skriver ut och räknas som: avslutad eller aterkallad för ett avslutat eller återkallat uppdrag; periodens rapporterade status; ej_paborjad för ett uppdrag som aldrig rapporterats och inte är sent; ej_forfallen (Ej rapporterad ännu); ej_rapporterad; ej_aktuell.
       * @enum {string}
       */
      tableStatus:
        | 'ej_paborjad'
        | 'pagaende_enligt_plan'
        | 'pagaende_delvis_enligt_plan'
        | 'pagaende_ej_enligt_plan'
        | 'avslutad'
        | 'aterkallad'
        | 'ej_forfallen'
        | 'ej_rapporterad'
        | 'ej_aktuell';
      text: string;
      /** @example styrd-inkopsprocess-2023 */
      uppdragId: string;
    };
    PeriodTableRowView: {
      /** @description Den visade rapporten lagrades efter att organet fastställt sin rapport för perioden: visas som "ändrad efter fastställande". */
      andradEfterFaststallande: boolean;
      /** @example person-johan */
      ansvarigPersonId: string;
      /** @description Statusen är en tidigare periods, förd vidare. */
      carriedForward: boolean;
      /** @description Den visade rapporten är rättad; `correctionReason` säger varför. */
      corrected: boolean;
      correctionReason: string | null;
      /**
       * @description Sista dag för periodens rapport enligt årshjulet; null när ingen krävdes.
       * @example 2023-05-15
       */
      deadline: string | null;
      /** @description Slutkommentaren eller skälet till återkallelsen. */
      endComment: string | null;
      /** @description Affärsdatum för avslut eller återkallelse. */
      endedOn: string | null;
      /** @description Skälet som angavs för ändringen efter fastställandet (rättelsens skäl, eller skälet till en sen rapport); null när raden inte är ändrad. */
      faststallandeSkal: string | null;
      /** @example regionfullmaktige */
      givenBy: string;
      kommentar: string | null;
      /**
       * @description Var uppdraget stod i sitt liv vid tidpunkten.
       * @enum {string}
       */
      lifecycle: 'aktivt' | 'avslutat' | 'aterkallat';
      /** @example fullmaktige */
      originKind: string;
      /**
       * @description I ett organs tabell: organet vars egen del av ett uppdrag till flera organ raden visar; annars null (den samlade rapporten).
       * @example hsn
       */
      part: string | null;
      /** @description Samlad vy (utan organ, eller samordnarens tabell) av ett uppdrag till flera organ: varje mottagares del; annars null. */
      parts: components['schemas']['PeriodTablePartView'][] | null;
      /** @description Hur många delar som är klara. */
      partsSummary: components['schemas']['PartsSummaryView'] | null;
      /** @enum {string} */
      periodicitet: 'manad' | 'tertial';
      /** @example 2023 */
      planYear: number;
      /**
       * @description rapporterad: rapport för perioden (för ett månadsuppdrag i en tertialtabell: en månad i tertialen); ej_forfallen: rapport krävs men saknas, och sista dagen (`deadline`) har ännu inte passerat den dag tabellen läses (`asOf`, annars i dag); ej_rapporterad: rapport krävdes, sista dagen har passerat och den saknas; ej_aktuell: ingen rapport krävdes.
       * @enum {string}
       */
      rapportering: 'rapporterad' | 'ej_forfallen' | 'ej_rapporterad' | 'ej_aktuell';
      /** @description Servertid: när den visade rapporten lagrades. */
      recordedAt: string | null;
      /** @description Händelsetid för den visade rapporten (för rättelsen, om rättad). */
      reportedAt: string | null;
      /**
       * @description Vem som rapporterade (eller rättade).
       * @example person-johan
       */
      reportedBy: string | null;
      /**
       * @description Perioden som den visade statusen rapporterades för.
       * @example 2023-04
       */
      reportPeriod: string | null;
      /**
       * @example [
       *       "rs",
       *       "hsn"
       *     ]
       */
      riktasTill: string[];
      /** @example rs */
      samordnare: string | null;
      /** @example 2023-12-31 */
      slutdatum: string;
      /** @description Hur många gånger slutdatum har skjutits fram. */
      slutdatumExtensions: number;
      /**
       * @description Periodens status, eller den senast kända när den förs vidare (`carriedForward`).
       * @enum {string|null}
       */
      status:
        | 'ej_paborjad'
        | 'pagaende_enligt_plan'
        | 'pagaende_delvis_enligt_plan'
        | 'pagaende_ej_enligt_plan'
        | null;
      /**
       * @description Det raden skriver ut och räknas som: avslutad eller aterkallad för ett avslutat eller återkallat uppdrag; periodens rapporterade status; ej_paborjad för ett uppdrag som aldrig rapporterats och inte är sent; ej_forfallen (Ej rapporterad ännu); ej_rapporterad; ej_aktuell.
       * @enum {string}
       */
      tableStatus:
        | 'ej_paborjad'
        | 'pagaende_enligt_plan'
        | 'pagaende_delvis_enligt_plan'
        | 'pagaende_ej_enligt_plan'
        | 'avslutad'
        | 'aterkallad'
        | 'ej_forfallen'
        | 'ej_rapporterad'
        | 'ej_aktuell';
      text: string;
      /** @example styrd-inkopsprocess-2023 */
      uppdragId: string;
    };
    PeriodTableView: {
      /** @description Tidpunkten som frågades efter (händelsetid), annars null: nu. */
      asOf: string | null;
      /** @description Organens fastställanden av perioden (i ett organs tabell: det organets), till tabellens rubrik. En månad är fastställd med sin tertial och ett år med årsrapporten (tertial 3); texten säger då vilken. */
      faststallelser: components['schemas']['PeriodTableAdoptionView'][];
      /** @example regionfullmaktige */
      givenBy: string | null;
      /** @example hsn */
      organ: string | null;
      /** @example 2023-T1 */
      period: string;
      /** @example 2023-04-30 */
      periodEnd: string;
      /** @example 2023-01-01 */
      periodStart: string;
      /** @description Tidpunkten som frågades efter (servertid), annars null: nu. */
      recordedAt: string | null;
      /** @description Varje uppdrag som var aktivt i perioden, efter planår och id. */
      rows: components['schemas']['PeriodTableRowView'][];
    };
    PersonView: {
      active: boolean;
      /** @description Revisorns behörighet gäller bara dessa dagar (null: ingen revisorsbehörighet). */
      auditorMandate: components['schemas']['AuditorMandateView'] | null;
      /**
       * @description Kontaktuppgift: bara för nämndsekreterare och administratörer, annars null.
       * @example johan.lindstrom@example.se
       */
      epost: string | null;
      /** @example Johan Lindström */
      namn: string;
      /** @example rs */
      organId: string | null;
      /** @example person-johan */
      personId: string;
      /** @description Strömmens revision (samma som ETag). */
      revision: number;
      roles: ('officer' | 'secretary' | 'regiondirektor' | 'auditor' | 'admin' | 'importer')[];
    };
    PlanChangeView: {
      /** @example Ny risk: Inköp görs utanför avtal */
      beskrivning: string;
      by: string;
      /** @enum {string} */
      event: 'RiskAdded' | 'RiskReassessed' | 'KontrollmomentAdded';
      /**
       * @description Risken eller kontrollmomentet som ändringen gäller.
       * @example risk-inkop
       */
      itemId: string;
      /** @description Händelsetid. */
      occurredAt: string;
      reason: string | null;
    };
    ProblemDto: {
      /** @description Vid 409 WRONG_EXPECTED_REVISION: strömmens revision nu. */
      actualRevision?: number | null;
      /**
       * @description Stabil kod; se ERROR_KINDS i libs/domain.
       * @example UPPDRAG_CLOSED
       */
      code: string;
      /** @example Uppdraget är avslutat och kan inte längre ändras. */
      detail: string;
      errors?: components['schemas']['FieldErrorDto'][];
      /** @example riktasTill[1] */
      field?: string;
      /** @description Samma som svarets x-request-id. */
      requestId?: string;
      /** @example 409 */
      status: number;
      /** @example Konflikt */
      title: string;
      /** @example urn:sparbar:problem:uppdrag-closed */
      type: string;
    };
    ReassessRiskDto: {
      konsekvens: number;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /** @description Skäl; krävs när planen redan är fastställd. */
      reason?: string | null;
      sannolikhet: number;
    };
    RecordArendeDto: {
      /** @description Ärendets id. Utelämnat: servern skapar ett. Ett id som redan finns ger 409. */
      arendeId?: string | null;
      /**
       * Format: date
       * @description När organets svar ska ha kommit.
       * @example 2023-12-31
       */
      dueDate: string;
      /** @description Uppdraget eller delmålet ärendet gäller; utelämnat: organet som helhet. */
      item?: components['schemas']['UppsiktItemDto'] | null;
      /** @enum {string} */
      kind: 'observation' | 'begaran_om_information' | 'atgardsplan';
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /**
       * @description Nämnden eller beredningen ärendet gäller och som ska svara.
       * @example hsn
       */
      organId: string;
      text: string;
    };
    RecordHandlingDto: {
      /**
       * @description Vem som tog emot eller behandlade rapporten.
       * @enum {string}
       */
      by: 'regionstyrelsen' | 'fullmaktige';
      /**
       * @description Regionstyrelsens eller regionfullmäktiges organ-id.
       * @example rs
       */
      byOrganId: string;
      /**
       * Format: date
       * @description Sammanträdesdag.
       * @example 2023-12-31
       */
      date: string;
      /**
       * @description received: anmäld (mottagen); handled: behandlad.
       * @enum {string}
       */
      kind: 'received' | 'handled';
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /** @example 112 */
      paragraf: string;
    };
    RecordResultDto: {
      /** @description Krävs för en avvikelse. */
      beskrivning?: string | null;
      /** @example km-stickprov-inkop */
      kontrollmomentId: string;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /**
       * @description En månad (2023-04), en tertial (2023-T1) eller hela året (2023).
       * @example 2023-T1
       */
      period: string;
      /** @enum {string} */
      resultat: 'utan_anmarkning' | 'avvikelse';
    };
    RecordUtfallDto: {
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /**
       * @description En månad (2023-04) eller en tertial (2023-T1).
       * @example 2023-T1
       */
      period: string;
      /** @description Skäl till ändringen; krävs när organet redan har fastställt sin rapport för perioden. */
      reason?: string | null;
      /** @description null: svar saknas. */
      utfall: number | null;
    };
    RegionmalDto: {
      /** @example regionmal-3 */
      id: string;
      /** @example God och jämlik hälsa */
      namn: string;
    };
    RegionmalView: {
      /** @example regionmal-1 */
      id: string;
      namn: string;
    };
    RegisterOrganDto: {
      /** @example HSN */
      kortnamn: string;
      /** @example Hälso- och sjukvårdsnämnden */
      namn: string;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /**
       * @description Organets id, det som tokens anger som organ (t.ex. hsn). Ett id som redan finns ger 409.
       * @example hsn
       */
      organId: string;
      /**
       * @description Organet det hör under.
       * @example regionfullmaktige
       */
      parentOrganId?: string | null;
      /** @enum {string} */
      typ:
        | 'regionfullmaktige'
        | 'regionstyrelse'
        | 'namnd'
        | 'styrelse'
        | 'beredning'
        | 'kommunfullmaktige'
        | 'kommunstyrelse'
        | 'bolag';
    };
    RegisterPersonDto: {
      /** @example johan.lindstrom@example.se */
      epost: string;
      /** @example Johan Lindström */
      namn: string;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /**
       * @description Organet personen arbetar för.
       * @example rs
       */
      organId?: string | null;
      /**
       * @description Personens id, det som inloggningens token anger som sub. Ett id som redan finns ger 409.
       * @example person-johan
       */
      personId: string;
      /**
       * @example [
       *       "officer"
       *     ]
       */
      roles: ('officer' | 'secretary' | 'regiondirektor' | 'auditor' | 'admin' | 'importer')[];
    };
    RegisterUppdragDto: {
      /** @example person-johan */
      ansvarigPersonId: string;
      beskrivning?: string | null;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /**
       * @description Raden i planens tabell (1 = första); listor och rapporter följer den. Utan: efter de ordnade, i registreringsordning.
       * @example 1
       */
      ordning?: number | null;
      origin: components['schemas']['UppdragOriginDto'];
      /** @enum {string} */
      periodicitet: 'manad' | 'tertial';
      /**
       * @description Riktas till: ett eller flera organ.
       * @example [
       *       "rs",
       *       "hsn"
       *     ]
       */
      riktasTill: string[];
      /** @description Samordnande organ, ett av mottagarna. */
      samordnare?: string | null;
      /**
       * Format: date
       * @example 2023-12-31
       */
      slutdatum: string;
      /** @example Införa styrd inköpsprocess och standardsortiment för att minska inköpskostnaderna */
      text: string;
      /** @description Uppdragets id. Utelämnat: servern skapar ett. Ett id som redan finns ger 409, aldrig en dubblett. */
      uppdragId?: string | null;
    };
    RenameOrganDto: {
      kortnamn: string;
      namn: string;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
    };
    RenamePersonDto: {
      namn: string;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
    };
    ReportAsOfView: {
      /** @description Rapporten gällde rättad vid tidpunkten. */
      corrected: boolean;
      kommentar: string;
      /** @example 2023-04 */
      period: string;
      /** @description Servertid: när den lagrades. */
      recordedAt: string;
      /** @description Händelsetid (för rättelsen, om rättad). */
      reportedAt: string;
      /** @description Vem som rapporterade (eller rättade). */
      reportedBy: string;
      /** @enum {string} */
      status:
        'ej_paborjad' | 'pagaende_enligt_plan' | 'pagaende_delvis_enligt_plan' | 'pagaende_ej_enligt_plan';
    };
    ReportStatusDto: {
      kommentar: string;
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      /**
       * @description Mottagande organ vars egen del rapporteras (ett av riktasTill). Utelämnat: den samlade rapporten (samordnarens, eller uppdragets enda när det riktas till ett organ).
       * @example hsn
       */
      organId?: string | null;
      /**
       * @description En månad (2023-04) eller en tertial (2023-T1).
       * @example 2023-T1
       */
      period: string;
      /** @description Skäl till ändringen; krävs när organet redan har fastställt sin rapport för perioden. */
      reason?: string | null;
      /** @enum {string} */
      status:
        'ej_paborjad' | 'pagaende_enligt_plan' | 'pagaende_delvis_enligt_plan' | 'pagaende_ej_enligt_plan';
    };
    RiskView: {
      /** @description Tillagd efter att planen fastställdes. */
      changesAdoptedPlan: boolean;
      konsekvens: number;
      kontrollmoment: components['schemas']['KontrollmomentView'][];
      riskId: string;
      /** @description Sannolikhet × konsekvens (1–16). */
      riskvarde: number;
      sannolikhet: number;
      text: string;
    };
    RowReportView: {
      /**
       * @description rapport: ReportUppdragStatus; avslutad: CloseUppdrag; aterkallad: WithdrawUppdrag.
       * @enum {string}
       */
      kind: 'rapport' | 'avslutad' | 'aterkallad';
      kommentar: string;
      /** @example 2023-T1 */
      period: string | null;
      /** @description Händelsetid; null: när den skrivs. */
      rapporterad: string | null;
      /** @example pagaende_enligt_plan */
      status: string | null;
    };
    RowResolutionView: {
      /** @description true: uppdraget finns redan; raden rapporterar bara på det. */
      alreadyRegistered?: boolean;
      /** @example person-johan */
      ansvarigPersonId: string;
      givenBy: components['schemas']['OrganRefView'];
      /** @description Platsen i planens tabell (1 = första); listor och rapporter följer den. */
      ordning: number;
      /** @enum {string} */
      originKind: 'fullmaktige' | 'namnd';
      /** @enum {string} */
      periodicitet: 'manad' | 'tertial';
      /**
       * @description Periodiciteten uppdraget hade, där tabellen ändrar den (ChangeUppdragPeriodicitet före rapporten).
       * @enum {string}
       */
      periodicitetChangedFrom?: 'manad' | 'tertial';
      /** @example 2023 */
      planYear: number;
      registrerad: string | null;
      /** @description Vad radens status och kommentar blir. */
      report: components['schemas']['RowReportView'] | null;
      riktasTill: components['schemas']['OrganRefView'][];
      /** @description Raden i kalkylbladet, eller raden i den inklistrade texten där tabellraden börjar. */
      row: number;
      samordnare: components['schemas']['OrganRefView'] | null;
      /** @example 2023-12-31 */
      slutdatum: string;
      text: string;
      /** @example u2023-3f2a9c0d1e2b4a5c */
      uppdragId: string;
    };
    SignedInDto: {
      /** @example Johan Lindström */
      name: string;
      /** @example rs */
      organId: string | null;
      /** @example person-johan */
      personId: string;
      /**
       * @example [
       *       "officer"
       *     ]
       */
      roles: string[];
    };
    SignInConfigDto: {
      /** @description Webbappens klient-id (AUTH_CLIENT_ID); null när det inte är satt */
      clientId?: string | null;
      /** @description OIDC-leverantörens issuer (bara i läget oidc) */
      issuer?: string;
      /** @enum {string} */
      mode: 'oidc' | 'development';
      /** @example openid profile */
      scopes?: string;
    };
    UppdragAsOfView: {
      ansvarigPersonId: string;
      asOf: string | null;
      endedOn: string | null;
      /** @example regionfullmaktige */
      givenBy: string;
      /** @enum {string} */
      lifecycle: 'aktivt' | 'avslutat' | 'aterkallat';
      /** @enum {string} */
      periodicitet: 'manad' | 'tertial';
      /** @description Position i loggen för den sista händelsen som räknats: svarets brytpunkt. */
      position: number;
      recordedAt: string | null;
      /** @description Gällande rapport per period vid tidpunkten, äldst först. */
      reports: components['schemas']['ReportAsOfView'][];
      riktasTill: string[];
      /** @example 2023-12-31 */
      slutdatum: string;
      /** @description Hur många gånger slutdatum har skjutits fram. */
      slutdatumExtensions: number;
      text: string;
      /** @example styrd-inkopsprocess-2023 */
      uppdragId: string;
    };
    UppdragLatestReportView: {
      correctedAt: string | null;
      kommentar: string;
      /** @example 2023-T1 */
      period: string;
      /** @description Händelsetid för rapporten. */
      reportedAt: string;
      /** @description Vem som rapporterade (person-id). */
      reportedBy: string;
      /** @enum {string} */
      status:
        'ej_paborjad' | 'pagaende_enligt_plan' | 'pagaende_delvis_enligt_plan' | 'pagaende_ej_enligt_plan';
    };
    UppdragListDto: {
      items: components['schemas']['UppdragListItem'][];
      limit: number;
      offset: number;
    };
    UppdragListItem: {
      ansvarigPersonId: string;
      /**
       * @description Där uppdraget står nu: avslutad eller aterkallad när det har upphört, annars senast rapporterade status, och ej_paborjad fram till första rapporten (som i planen).
       * @enum {string}
       */
      currentStatus:
        | 'ej_paborjad'
        | 'pagaende_enligt_plan'
        | 'pagaende_delvis_enligt_plan'
        | 'pagaende_ej_enligt_plan'
        | 'avslutad'
        | 'aterkallad'
        | 'ej_forfallen'
        | 'ej_rapporterad'
        | 'ej_aktuell';
      givenBy: string;
      /** @description Senast rapporterade period. */
      latestReport: components['schemas']['UppdragLatestReportView'] | null;
      periodicitet: string;
      planYear: number;
      reportsCount: number;
      /** @description Strömmens revision som läsmodellen har hunnit till. */
      revision: number;
      riktasTill: string[];
      samordnare: string | null;
      slutdatum: string;
      /** @enum {string} */
      status: 'open' | 'closed' | 'withdrawn';
      text: string;
      uppdragId: string;
    };
    UppdragOriginDto: {
      /**
       * Format: date
       * @example 2023-12-31
       */
      beslutsdatum?: string | null;
      /** @example RS 1234-2022 */
      diarienummer?: string | null;
      /**
       * @description Organet som beslutade uppdraget.
       * @example regionfullmaktige
       */
      givenBy: string;
      /**
       * @description fullmaktige: regionplanen; namnd: en nämnds beslut.
       * @enum {string}
       */
      kind: 'fullmaktige' | 'namnd';
      /** @example § 123 */
      paragraf?: string | null;
      /** @example 2023 */
      planYear: number;
    };
    UppdragOriginView: {
      /** @example 2022-11-15 */
      beslutsdatum: string | null;
      /** @example RS 1234-2022 */
      diarienummer: string | null;
      /** @example regionfullmaktige */
      givenBy: string;
      /** @enum {string} */
      kind: 'fullmaktige' | 'namnd';
      /** @example § 123 */
      paragraf: string | null;
      /** @example 2023 */
      planYear: number;
    };
    UppdragPartsSummaryView: {
      /**
       * @description Delar som är avslutade.
       * @example 3
       */
      closed: number;
      /** @example 3 av 4 nämnder klara */
      text: string;
      /** @example 4 */
      total: number;
    };
    UppdragPartView: {
      /** @description Organet har avslutat sin del (eller hela uppdraget är avslutat). */
      closed: boolean;
      /** @description Affärsdatum då organet avslutade sin del. */
      closedOn: string | null;
      /** @description Organets slutkommentar för sin del. */
      closingComment: string | null;
      /** @example hsn */
      organId: string;
      /** @description Organets egen rapport per period, äldst först. */
      reports: components['schemas']['UppdragReportView'][];
      /** @description Organet är uppdragets samordnare. */
      samordnare: boolean;
    };
    UppdragReportView: {
      /** @enum {string|null} */
      colour: 'green' | 'yellow' | 'red' | null;
      correctedAt: string | null;
      correctedBy: string | null;
      kommentar: string;
      /** @example 2023-T1 */
      period: string;
      /** @description Händelsetid för rapporten. */
      reportedAt: string;
      /** @description Vem som rapporterade (person-id). */
      reportedBy: string;
      /** @enum {string} */
      status:
        'ej_paborjad' | 'pagaende_enligt_plan' | 'pagaende_delvis_enligt_plan' | 'pagaende_ej_enligt_plan';
      /** @example Pågående enligt plan */
      statusLabel: string;
    };
    UppdragView: {
      /** @example person-johan */
      ansvarigPersonId: string;
      beskrivning: string | null;
      /** @description Slutkommentaren eller skälet till återkallelsen. */
      endComment: string | null;
      /** @description Affärsdatum för avslut eller återkallelse. */
      endedOn: string | null;
      /** @enum {string} */
      lifecycle: 'aktivt' | 'avslutat' | 'aterkallat';
      origin: components['schemas']['UppdragOriginView'];
      /** @description Varje mottagande organs egen del, i riktasTill-ordning; tom när uppdraget riktas till ett organ. */
      parts: components['schemas']['UppdragPartView'][];
      /** @description Hur många delar som är klara; null när uppdraget riktas till ett organ. */
      partsSummary: components['schemas']['UppdragPartsSummaryView'] | null;
      /** @enum {string} */
      periodicitet: 'manad' | 'tertial';
      /** @example 2023-01-10 */
      registeredOn: string;
      /** @description Den samlade rapporten per period, äldst först: samordnarens, eller uppdragets enda när det riktas till ett organ. */
      reports: components['schemas']['UppdragReportView'][];
      /** @description Strömmens revision (samma som ETag). */
      revision: number;
      /**
       * @example [
       *       "rs",
       *       "hsn"
       *     ]
       */
      riktasTill: string[];
      /** @example rs */
      samordnare: string | null;
      /** @example 2023-12-31 */
      slutdatum: string;
      text: string;
      /** @example styrd-inkopsprocess-2023 */
      uppdragId: string;
    };
    UppsiktAnswerView: {
      answeredAt: string;
      answeredBy: string;
      /** Format: date */
      answeredOn: string;
      /** @description Svaret kom efter svarsdatum. */
      late: boolean;
      text: string;
    };
    UppsiktItemDto: {
      /** @example uppdrag-2023-inkop */
      id: string;
      /** @enum {string} */
      kind: 'uppdrag' | 'delmal';
    };
    UppsiktItemView: {
      id: string;
      /** @enum {string} */
      kind: 'uppdrag' | 'delmal';
    };
    UppsiktOrganView: {
      /** @description Framskjutna slutdatum beslutade i perioden. */
      extensions: number;
      /** @description Rapporter lämnade efter tidsgränsen. */
      late: number;
      /** @description Rapporter som saknas efter tidsgränsen. */
      missing: number;
      /** @description Rapporter som saknas men ännu inte har passerat tidsgränsen. */
      notYetDue: number;
      /** @description Rapporter lämnade senast på tidsgränsen (årshjulet). */
      onTime: number;
      /**
       * @description Organet uppdragen riktas till.
       * @example hsn
       */
      organ: string;
      /** @description Uppdrag som fortfarande är öppna efter sitt slutdatum. */
      pastSlutdatum: number;
      /** @description Uppdrag vars senaste rapport i perioden är röd. */
      red: number;
      /** @description Uppdrag riktade till organet som var aktiva i perioden. */
      uppdrag: number;
      /** @description Uppdrag vars senaste rapport i perioden är gul. */
      yellow: number;
    };
    UppsiktsarendeView: {
      answers: components['schemas']['UppsiktAnswerView'][];
      arendeId: string;
      closed: boolean;
      closedBy: string | null;
      /** Format: date */
      closedOn: string | null;
      conclusion: string | null;
      /** Format: date */
      dueDate: string;
      item: components['schemas']['UppsiktItemView'] | null;
      /** @enum {string} */
      kind: 'observation' | 'begaran_om_information' | 'atgardsplan';
      /** @example hsn */
      organId: string;
      recordedBy: string;
      /** Format: date */
      recordedOn: string;
      /** @example rs */
      regionstyrelsenId: string;
      /** @description Strömmens revision (samma som ETag). */
      revision: number;
      text: string;
    };
    UppsiktView: {
      asOf: string | null;
      /**
       * @description Dagen tidsgränserna bedöms mot: `asOf`, annars i dag.
       * @example 2023-06-30
       */
      on: string;
      /** @description Ett organ per rad, i id-ordning. */
      organs: components['schemas']['UppsiktOrganView'][];
      /** @example 2023-T1 */
      period: string;
      /** @example 2023-04-30 */
      periodEnd: string;
      /** @example 2023-01-01 */
      periodStart: string;
      recordedAt: string | null;
    };
    UtfallView: {
      /** @enum {string} */
      bedomning: 'helt' | 'delvis' | 'inte' | 'saknas';
      correctedAt: string | null;
      correctedBy: string | null;
      /** @description Utfall i förhållande till målvärdet. */
      kvot: number | null;
      /** @description Målvärdet bedömningen gjordes mot. */
      malvarde: number | null;
      /** @example 2023-T1 */
      period: string;
      recordedAt: string;
      recordedBy: string;
      /** @description null: svar saknas. */
      utfall: number | null;
    };
    VerifyReportView: {
      /** @description Utfallet mot det sparade huvudet (GET: mot det senast bevittnade). */
      against?: components['schemas']['HeadVerdictView'];
      /** @description Positionen kedjan har nått; 0 om den aldrig byggts. */
      chainedUpTo: number;
      /** @description Händelser omräknade och lika, från början, före en eventuell avvikelse. */
      checked: number;
      /** @description Den första händelsen som inte stämmer. */
      firstMismatch?: components['schemas']['MismatchView'];
      /** @description Det omräknade huvudet, när allt stämde. */
      head?: components['schemas']['ChainLinkView'];
      /** @description Kedjan stämmer med loggen (och, med ett sparat huvud, loggen bygger fortfarande vidare på det). */
      ok: boolean;
      /** @description Händelser efter chainedUpTo: ännu inte kedjade, så inte kontrollerade. */
      pending: number;
      /** @description GET: det senaste huvudet arbetaren bevittnat utanför databasen, som loggen jämförts med. */
      witness?: components['schemas']['WitnessReferenceView'];
    };
    WithdrawUppdragDto: {
      /**
       * Format: date-time
       * @description Händelsetid (affärstid), ISO 8601 med tidszon. Utelämnad: nu. Bara rollen importer får ange en tidigare tid (migrering av historik); en framtida tid nekas alltid. Aldrig före uppdragets (delmålets, planens …) registrering (BUSINESS_TIME_BEFORE_REGISTRATION) eller dess senaste händelse (BUSINESS_TIME_BACKWARDS); bara en rättelse med skäl får bakåtdateras, och markeras då med backdatedBefore.
       * @example 2023-05-03T09:30:00+02:00
       */
      occurredAt?: string | null;
      reason: string;
    };
    WitnessInfoView: {
      /** @description Det senast bevittnade huvudet. */
      latest?: components['schemas']['WitnessView'] | null;
      /** @description Vittnesnyckelns publika del (Ed25519, SPKI PEM); null innan arbetaren bevittnat något. */
      publicKey: string | null;
    };
    WitnessReferenceView: {
      /** @description Kedjade händelser till och med positionen. */
      eventCount: number;
      /** @description Kedjans hash där. */
      hash: string;
      /** @description Positionen arbetaren bevittnade. */
      position: number;
      /**
       * @description När huvudet bevittnades.
       * @example 2023-05-03T07:30:00.000Z
       */
      recordedAt: string;
      /** @description Signaturen stämmer med den publicerade vittnesnyckeln. */
      signatureHolds: boolean;
    };
    WitnessView: {
      /** @example sparbar:event-chain:v1 */
      chain: string;
      eventCount: number;
      eventId: string | null;
      hash: string;
      position: number;
      /** @example 2023-05-03T07:30:00.000Z */
      recordedAt: string;
      /** @description Ed25519 över de övriga fältens kanoniska JSON, base64. */
      signature: string;
    };
  };
  responses: never;
  parameters: never;
  requestBodies: never;
  headers: never;
  pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
  SignInConfigHttpController_signInConfig: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignInConfigDto'];
        };
      };
    };
  };
  DevSignInHttpController_devToken: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DevSignInDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DevTokenDto'];
        };
      };
    };
  };
  DevSignInHttpController_devUsers: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DevUserDto'][];
        };
      };
    };
  };
  SignInConfigHttpController_me: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['SignedInDto'];
        };
      };
    };
  };
  DefineDelmalHttpController_define: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DefineDelmalDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelmalView'];
          'application/problem+json': components['schemas']['DelmalView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetDelmalHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        delmalId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelmalView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AssessDelmalHttpController_assessDelmal: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        delmalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AssessDelmalDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelmalView'];
          'application/problem+json': components['schemas']['DelmalView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CorrectAssessmentHttpController_correctAssessment: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        delmalId: string;
        /** @description En månad (2023-04) eller en tertial (2023-T1). */
        period: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CorrectAssessmentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelmalView'];
          'application/problem+json': components['schemas']['DelmalView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CloseDelmalHttpController_closeDelmal: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        delmalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseDelmalDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelmalView'];
          'application/problem+json': components['schemas']['DelmalView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetDelmalHttpController_events: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        delmalId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoggedEventView'][];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetHistorikHttpController_delmal: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        delmalId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryView'];
          'application/problem+json': components['schemas']['HistoryView'];
        };
      };
      /** @description Ogiltig fråga; `errors` namnger fältet. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte läsa. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Delmålet finns inte (eller har ännu inte nått läsmodellen). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Läsmodellen är ännu inte byggd (ingen arbetare har startat). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AddIndikatorHttpController_add: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        delmalId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddIndikatorDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelmalView'];
          'application/problem+json': components['schemas']['DelmalView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChangeMalvardeHttpController_changeMalvarde: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        delmalId: string;
        indikatorId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeMalvardeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelmalView'];
          'application/problem+json': components['schemas']['DelmalView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RecordUtfallHttpController_recordUtfall: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        delmalId: string;
        indikatorId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordUtfallDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelmalView'];
          'application/problem+json': components['schemas']['DelmalView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CorrectUtfallHttpController_correctUtfall: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        delmalId: string;
        indikatorId: string;
        /** @description En månad (2023-04) eller en tertial (2023-T1). */
        period: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CorrectUtfallDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['DelmalView'];
          'application/problem+json': components['schemas']['DelmalView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  SearchAuditLogHttpController_search: {
    parameters: {
      query?: {
        /** @description `nextCursor` från föregående sida. */
        cursor?: string;
        /** @description Från och med: ett datum är hela dygnet svensk tid, annars en tidpunkt med tidszon. */
        from?: string;
        /** @description En post: sort och id, `sort:id` (sort: uppdrag, delmal, organ, person, uppsiktsarende, internkontrollplan, other). */
        item?: string;
        /** @description Högst så många per sida (standard 50). */
        limit?: number | null;
        /** @description Händelser som rör organet. */
        organ?: string | null;
        /** @description Händelser som personen gjorde. */
        person?: string | null;
        /** @description Händelser som någon gjorde vars namn (då eller nu) innehåller texten, oavsett skiftläge. */
        personName?: string | null;
        /** @description Ord (högst tio, åtskilda av mellanslag) som alla ska finnas i beskrivningen, skälet eller en ändrad text (kommentar, text, beskrivning, namn, svar, slutsats); oavsett skiftläge, även som del av ett ord. */
        q?: string | null;
        /** @description Vilken tid `from`/`to` och ordningen gäller: när det hände (business, standard) eller när det lagrades (recorded). */
        time?: 'business' | 'recorded' | null;
        /** @description Till och med, som `from`. */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AuditPageView'];
          'application/problem+json': components['schemas']['AuditPageView'];
        };
      };
      /** @description Ogiltig sökning; `errors` namnger fältet. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Granskningsspåret är ännu inte byggt (ingen arbetare har startat). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ExportAuditLogHttpController_export: {
    parameters: {
      query: {
        /** @description csv (semikolon, för Excel) eller xlsx. */
        format: 'csv' | 'xlsx';
        /** @description Från och med: ett datum är hela dygnet svensk tid, annars en tidpunkt med tidszon. */
        from?: string;
        /** @description En post: sort och id, `sort:id` (sort: uppdrag, delmal, organ, person, uppsiktsarende, internkontrollplan, other). */
        item?: string;
        /** @description Händelser som rör organet. */
        organ?: string | null;
        /** @description Händelser som personen gjorde. */
        person?: string | null;
        /** @description Händelser som någon gjorde vars namn (då eller nu) innehåller texten, oavsett skiftläge. */
        personName?: string | null;
        /** @description Ord (högst tio, åtskilda av mellanslag) som alla ska finnas i beskrivningen, skälet eller en ändrad text (kommentar, text, beskrivning, namn, svar, slutsats); oavsett skiftläge, även som del av ett ord. */
        q?: string | null;
        /** @description Vilken tid `from`/`to` och ordningen gäller: när det hände (business, standard) eller när det lagrades (recorded). */
        time?: 'business' | 'recorded' | null;
        /** @description Till och med, som `from`. */
        to?: string;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Filen, med Content-Disposition: attachment. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Ogiltig sökning (`errors` namnger fältet) eller för många träffar. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Rollen får inte läsa händelseloggen. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Granskningsspåret är ännu inte byggt. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ExportChainHeadHttpController_head: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ChainHeadView'];
          'application/problem+json': components['schemas']['ChainHeadView'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Kedjan stämmer inte; `firstMismatch` namnger den första händelsen som avviker. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Granskningsspåret är ännu inte byggt (ingen arbetare har startat). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  VerifyChainHttpController_verify: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerifyReportView'];
          'application/problem+json': components['schemas']['VerifyReportView'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Granskningsspåret är ännu inte byggt (ingen arbetare har startat). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  VerifyChainHttpController_verifyAgainst: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['KeptHeadDto'];
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['VerifyReportView'];
          'application/problem+json': components['schemas']['VerifyReportView'];
        };
      };
      /** @description Inget giltigt huvud; `errors` namnger fältet. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Granskningsspåret är ännu inte byggt (ingen arbetare har startat). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetWitnessHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['WitnessInfoView'];
          'application/problem+json': components['schemas']['WitnessInfoView'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Granskningsspåret är ännu inte byggt (ingen arbetare har startat). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetGranskningspaketHttpController_paket: {
    parameters: {
      query: {
        /** @description Loggposition paketet görs från (en position i den verifierade kedjan). Utan: kedjans senaste. Samma position ger samma bytes. */
        cutoff?: number | null;
        /** @description I stället för `cutoff`: kedjans position vid dygnets slut (svensk tid) det datumet, dvs. den sista händelse som sparades före midnatt. Ett dygn som inte är slut ger den senaste hittills. */
        cutoffDate?: string | null;
        /** @description json (maskinläsbart), docx eller pdf. */
        format: 'json' | 'docx' | 'pdf';
        /** @description Nämnden eller beredningen som granskas. */
        organ: string;
        /** @description Året som granskas. */
        year: number;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Filen, med Content-Disposition: attachment. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Ogiltig fråga; `errors` namnger fältet. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Rollen får inte läsa händelseloggen. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `cutoff` är ingen position i den verifierade kedjan, eller inget sparades före `cutoffDate`. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Kedjan är ännu inte byggd. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ImportKommandonHttpController_importCommands: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': {
          commands: {
            /** @example person-johan */
            actor: string;
            data: Record<string, never>;
            /** @example 2023-05-03T09:00:00+02:00 */
            occurredAt: string;
            /** @example ReportUppdragStatus */
            type: string;
          }[];
        };
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportSummaryView'];
          'application/problem+json': components['schemas']['ImportSummaryView'];
        };
      };
      /** @description Filen har fel: `errors` = [{ row (kommandots nummer), field, reason, code }], och inget är skrivet. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Bara rollen importer får importera. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Någon annan skrev under importen: `row` och `written` säger var den stannade. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor fil (HTTP_BODY_LIMIT_BYTES). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ImportUppdragSheetHttpController_importSheet: {
    parameters: {
      query?: {
        /** @description Ansvarig person för tabellens uppdrag. */
        ansvarig?: string | null;
        /** @description true: svara med varje rads tolkning och alla fel, och skriv ingenting. */
        forhandsgranska?: 'true' | 'false' | null;
        /** @description Organet som gav uppdragen (id eller namn), där tabellen inte säger det: rubriken "Uppdrag från nämnd …" är den nämnd vars plan det är. */
        givetAv?: string | null;
        /** @description Ordningen för tabellens första rad (standard 1), för en tabell som fortsätter en annan. */
        ordningFran?: number | null;
        /** @description Organet vars egen rapport tabellen är (id eller namn): för ett uppdrag till flera organ blir status och kommentar organets del, och "Avslutad" avslutar bara dess del. Utan: den gemensamma rapporten. */
        organ?: string | null;
        /** @description Perioden tabellens status och kommentarer rapporterar, t.ex. 2023-T1 för delårsrapporten per april. */
        period?: string | null;
        /** @description Planåret; utan: periodens år. */
        planar?: number | null;
        /** @description Händelsetid för rapporterna; utan: när de skrivs. */
        rapporterad?: string | null;
        /** @description Händelsetid för registreringarna; utan: när de skrivs. */
        registrerad?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': string;
        'text/csv': string;
        'text/plain': string;
      };
    };
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['ImportSummaryView'];
          'application/problem+json': components['schemas']['ImportSummaryView'];
        };
      };
      /** @description Filen har fel: `errors` = [{ row, field, reason }], och inget är skrivet. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Bara rollen importer får importera. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Någon annan skrev under importen: `row` och `written` säger var den stannade. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor fil (HTTP_BODY_LIMIT_BYTES). */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Annan innehållstyp än text/csv, text/plain eller XLSX. */
      415: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetInkorgHttpController_inkorg: {
    parameters: {
      query?: {
        /** @description `nextCursor` från föregående sida. */
        cursor?: string;
        /** @description Högst så många per sida (standard 50). */
        limit?: number | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InkorgPageView'];
          'application/problem+json': components['schemas']['InkorgPageView'];
        };
      };
      /** @description Ogiltig fråga; `errors` namnger fältet. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte läsa. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Läsmodellen är ännu inte byggd (ingen arbetare har startat). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CreatePlanHttpController_create: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CreatePlanDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternkontrollplanView'];
          'application/problem+json': components['schemas']['InternkontrollplanView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetPlanHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        organId: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternkontrollplanView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AdoptPlanHttpController_adopt: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        organId: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdoptPlanDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternkontrollplanView'];
          'application/problem+json': components['schemas']['InternkontrollplanView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AddAtgardHttpController_addAtgard: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        organId: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddAtgardDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternkontrollplanView'];
          'application/problem+json': components['schemas']['InternkontrollplanView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChangeAtgardStatusHttpController_changeStatus: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        atgardId: string;
        organId: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeAtgardStatusDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternkontrollplanView'];
          'application/problem+json': components['schemas']['InternkontrollplanView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AddKontrollmomentHttpController_addKontrollmoment: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        organId: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddKontrollmomentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternkontrollplanView'];
          'application/problem+json': components['schemas']['InternkontrollplanView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RecordResultHttpController_recordResult: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        organId: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordResultDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternkontrollplanView'];
          'application/problem+json': components['schemas']['InternkontrollplanView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AddRiskHttpController_addRisk: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        organId: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AddRiskDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternkontrollplanView'];
          'application/problem+json': components['schemas']['InternkontrollplanView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ReassessRiskHttpController_reassess: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        organId: string;
        riskId: string;
        year: number;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReassessRiskDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['InternkontrollplanView'];
          'application/problem+json': components['schemas']['InternkontrollplanView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  OppnaDataFeedsHttpController_dcat: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Hash av svaret; skicka tillbaka som If-None-Match. */
          ETag?: string;
          /** @description När det senaste fastställandet registrerades. */
          'Last-Modified'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/turtle': string;
        };
      };
      /** @description Oförändrat sedan If-None-Match. */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Ogiltigt filter. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description För många förfrågningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OppnaDataFeedsHttpController_atom: {
    parameters: {
      query?: {
        /** @description Ett arkivblad (RFC 5005), numrerat från det äldsta; utan: flödet med de nyaste posterna. */
        arkiv?: number | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Hash av svaret; skicka tillbaka som If-None-Match. */
          ETag?: string;
          /** @description När det senaste fastställandet registrerades. */
          'Last-Modified'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/atom+xml': string;
        };
      };
      /** @description Oförändrat sedan If-None-Match. */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Ogiltigt filter. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description För många förfrågningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OppnaDataHttpController_period: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description En månad (2023-04), en tertial (2023-T1) eller hela året (2023). */
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Hash av svaret; skicka tillbaka som If-None-Match. */
          ETag?: string;
          /** @description När det senaste fastställandet registrerades. */
          'Last-Modified'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenPeriodView'];
        };
      };
      /** @description Oförändrat sedan If-None-Match. */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Ogiltigt filter. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description För många förfrågningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OppnaDataHttpController_list: {
    parameters: {
      query?: {
        /** @description År för den fastställda perioden. */
        ar?: number | null;
        /** @description Nämnden som fastställt rapporten. */
        namnd?: string | null;
        /** @description Fastställd status. */
        status?:
          | 'ej_paborjad'
          | 'pagaende_enligt_plan'
          | 'pagaende_delvis_enligt_plan'
          | 'pagaende_ej_enligt_plan'
          | 'avslutad'
          | 'aterkallad'
          | 'ej_forfallen'
          | 'ej_rapporterad'
          | 'ej_aktuell'
          | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Hash av svaret; skicka tillbaka som If-None-Match. */
          ETag?: string;
          /** @description När det senaste fastställandet registrerades. */
          'Last-Modified'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenUppdragListView'];
        };
      };
      /** @description Oförändrat sedan If-None-Match. */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Ogiltigt filter. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description För många förfrågningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OppnaDataHttpController_csv: {
    parameters: {
      query?: {
        /** @description År för den fastställda perioden. */
        ar?: number | null;
        /** @description Nämnden som fastställt rapporten. */
        namnd?: string | null;
        /** @description Fastställd status. */
        status?:
          | 'ej_paborjad'
          | 'pagaende_enligt_plan'
          | 'pagaende_delvis_enligt_plan'
          | 'pagaende_ej_enligt_plan'
          | 'avslutad'
          | 'aterkallad'
          | 'ej_forfallen'
          | 'ej_rapporterad'
          | 'ej_aktuell'
          | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Hash av svaret; skicka tillbaka som If-None-Match. */
          ETag?: string;
          /** @description När det senaste fastställandet registrerades. */
          'Last-Modified'?: string;
          [name: string]: unknown;
        };
        content: {
          'text/csv': string;
        };
      };
      /** @description Oförändrat sedan If-None-Match. */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Ogiltigt filter. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description För många förfrågningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  OppnaDataHttpController_one: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description Uppdragets id. */
        id: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Hash av svaret; skicka tillbaka som If-None-Match. */
          ETag?: string;
          /** @description När det senaste fastställandet registrerades. */
          'Last-Modified'?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OpenUppdragWithUri'];
        };
      };
      /** @description Oförändrat sedan If-None-Match. */
      304: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Ogiltigt filter. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description För många förfrågningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  GetOrganHttpController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganView'][];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RegisterOrganHttpController_register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterOrganDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganView'];
          'application/problem+json': components['schemas']['OrganView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetOrganHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        organId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  DeactivateOrganHttpController_deactivateOrgan: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        organId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeactivateOrganDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganView'];
          'application/problem+json': components['schemas']['OrganView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetOrganHttpController_events: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        organId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoggedEventView'][];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChangeOrganParentHttpController_changeParent: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        organId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeOrganParentDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganView'];
          'application/problem+json': components['schemas']['OrganView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RenameOrganHttpController_renameOrgan: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        organId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RenameOrganDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['OrganView'];
          'application/problem+json': components['schemas']['OrganView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ListFaststallelserHttpController_list: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description En månad (2023-04), en tertial (2023-T1) eller hela året (2023). */
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FaststallelseListView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AdoptReportHttpController_adopt: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        /** @description En månad (2023-04) eller en tertial (2023-T1). */
        period: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AdoptReportDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FaststallelseView'];
          'application/problem+json': components['schemas']['FaststallelseView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RecordHandlingHttpController_record: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        organId: string;
        /** @description En månad (2023-04) eller en tertial (2023-T1). */
        period: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordHandlingDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['FaststallelseView'];
          'application/problem+json': components['schemas']['FaststallelseView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetFaststallelseUppsiktHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        /** @description En månad (2023-04) eller en tertial (2023-T1). */
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PeriodReportsView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetMaluppfyllelseHttpController_maluppfyllelse: {
    parameters: {
      query: {
        /** @description Som det stod den dagen (händelsetid, svensk tid): det som hänt till och med dagens slut räknas. */
        asOf?: string | null;
        /** @description Nämnden vars plan (delmål) och uppdrag räknas. */
        organ: string;
        /** @description Som systemet visade det vid tidpunkten (servertid): det som lagrats till och med den, före senare rättelser. */
        recordedAt?: string | null;
      };
      header?: never;
      path: {
        /** @description En månad (2023-04), en tertial (2023-T1) eller hela året (2023). */
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['MaluppfyllelseView'];
          'application/problem+json': components['schemas']['MaluppfyllelseView'];
        };
      };
      /** @description Ogiltig fråga; `errors` namnger fältet. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte läsa. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Läsmodellen är ännu inte byggd (ingen arbetare har startat). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetPeriodTableHttpController_table: {
    parameters: {
      query?: {
        /** @description Som det stod den dagen (händelsetid, svensk tid): det som hänt till och med dagens slut räknas. */
        asOf?: string | null;
        /** @description Uppdrag som organet gav (regionfullmäktige, eller en nämnd till sina beredningar). */
        givenBy?: string | null;
        /** @description Uppdrag som riktas till organet. */
        organ?: string | null;
        /** @description Som systemet visade det vid tidpunkten (servertid): det som lagrats till och med den, före senare rättelser. */
        recordedAt?: string | null;
      };
      header?: never;
      path: {
        /** @description En månad (2023-04), en tertial (2023-T1) eller hela året (2023). */
        period: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PeriodTableView'];
          'application/problem+json': components['schemas']['PeriodTableView'];
        };
      };
      /** @description Ogiltig fråga; `errors` namnger fältet. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte läsa. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Läsmodellen är ännu inte byggd (ingen arbetare har startat). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetPersonHttpController_list: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonView'][];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RegisterPersonHttpController_register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterPersonDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonView'];
          'application/problem+json': components['schemas']['PersonView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetPersonHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        personId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GiveAuditorMandateHttpController_giveAuditorMandate: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['GiveAuditorMandateDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonView'];
          'application/problem+json': components['schemas']['PersonView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  DeactivatePersonHttpController_deactivatePerson: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['DeactivatePersonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonView'];
          'application/problem+json': components['schemas']['PersonView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChangePersonEmailHttpController_changeEmail: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePersonEmailDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonView'];
          'application/problem+json': components['schemas']['PersonView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetPersonHttpController_events: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        personId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoggedEventView'][];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChangePersonOrganHttpController_changeOrgan: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePersonOrganDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonView'];
          'application/problem+json': components['schemas']['PersonView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RenamePersonHttpController_renamePerson: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RenamePersonDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonView'];
          'application/problem+json': components['schemas']['PersonView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChangePersonRolesHttpController_changePersonRoles: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        personId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePersonRolesDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['PersonView'];
          'application/problem+json': components['schemas']['PersonView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetUppdragReportHttpController_report: {
    parameters: {
      query: {
        /** @description Loggposition rapporten görs från (en position i den verifierade kedjan). Utan: kedjans senaste. Samma position (och samma `on`) ger samma bytes. */
        cutoff?: number | null;
        /** @description Filformatet. */
        format: 'docx' | 'xlsx' | 'pdf' | 'csv' | 'html';
        /** @description Uppdrag som organet gav (regionfullmäktige, eller en nämnd till sina beredningar). */
        givenBy?: string | null;
        /** @description Dagen rapporten gäller: en rapport som saknas är "Ej rapporterad" om periodens sista dag enligt årshjulet har passerat den dagen, annars "Ej rapporterad ännu" (eller "Ej påbörjad" för ett uppdrag som aldrig rapporterats). Utan: i dag. */
        on?: string | null;
        /** @description Uppdrag som riktas till organet; med det följer organets måluppfyllelse. */
        organ?: string | null;
        /** @description En månad (2023-04), en tertial (2023-T1) eller hela året (2023). */
        period: string;
        /** @description nu (standard): läget nu, underlag till och med brytpunkten. faststalld: rapporten som organet fastställde den (kräver `organ`): brytpunkten är fastställandets händelse i loggen, med `cutoff` det senaste fastställandet till och med den positionen. Filen säger vilken den är. */
        version?: 'nu' | 'faststalld' | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      /** @description Filen, med Content-Disposition: attachment. */
      200: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Ogiltig fråga, eller `version=faststalld` för en period som inte är fastställd; `errors` namnger fältet. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Rollen får inte läsa. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description `cutoff` är ingen position i den verifierade kedjan. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
      /** @description Läsmodellerna har ännu inte kommit ikapp. */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content?: never;
      };
    };
  };
  ListUppdragHttpController_list: {
    parameters: {
      query?: {
        /** @description Ansvarig person. */
        ansvarig?: string | null;
        /** @description Högst så många (standard 200). */
        limit?: number | null;
        offset?: number | null;
        /** @description Organ som mottagare (riktas till) eller som beslutande. */
        organ?: string | null;
        planYear?: number | null;
        status?: 'open' | 'closed' | 'withdrawn' | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UppdragListDto'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RegisterUppdragHttpController_register: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RegisterUppdragDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UppdragView'];
          'application/problem+json': components['schemas']['UppdragView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetUppdragHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        uppdragId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UppdragView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChangeAnsvarigHttpController_changeAnsvarig: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        uppdragId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangeAnsvarigDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UppdragView'];
          'application/problem+json': components['schemas']['UppdragView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CloseUppdragHttpController_closeUppdrag: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        uppdragId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseUppdragDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UppdragView'];
          'application/problem+json': components['schemas']['UppdragView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ClosePartHttpController_closePart: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        uppdragId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ClosePartDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UppdragView'];
          'application/problem+json': components['schemas']['UppdragView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetUppdragHttpController_events: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        uppdragId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['LoggedEventView'][];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetHistorikHttpController_uppdrag: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        uppdragId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['HistoryView'];
          'application/problem+json': components['schemas']['HistoryView'];
        };
      };
      /** @description Ogiltig fråga; `errors` namnger fältet. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte läsa. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Uppdraget finns inte (eller har ännu inte nått läsmodellen). */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Läsmodellen är ännu inte byggd (ingen arbetare har startat). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetUppdragAsOfHttpController_asOf: {
    parameters: {
      query?: {
        /** @description Som det stod den dagen (händelsetid, svensk tid): det som hänt till och med dagens slut räknas. */
        asOf?: string | null;
        /** @description Som systemet visade det vid tidpunkten (servertid): det som lagrats till och med den, före senare rättelser. */
        recordedAt?: string | null;
      };
      header?: never;
      path: {
        uppdragId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UppdragAsOfView'];
          'application/problem+json': components['schemas']['UppdragAsOfView'];
        };
      };
      /** @description Ogiltig fråga; `errors` namnger fältet. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte läsa. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Uppdraget finns inte, eller var ännu inte registrerat vid tidpunkten. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Läsmodellen är ännu inte byggd (ingen arbetare har startat). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ChangePeriodicitetHttpController_changePeriodicitet: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        uppdragId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ChangePeriodicitetDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UppdragView'];
          'application/problem+json': components['schemas']['UppdragView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ReportStatusHttpController_reportStatus: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        uppdragId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ReportStatusDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UppdragView'];
          'application/problem+json': components['schemas']['UppdragView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CorrectReportHttpController_correctReport: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        /** @description En månad (2023-04) eller en tertial (2023-T1). */
        period: string;
        uppdragId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CorrectReportDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UppdragView'];
          'application/problem+json': components['schemas']['UppdragView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  ExtendSlutdatumHttpController_extendSlutdatum: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        uppdragId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['ExtendSlutdatumDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UppdragView'];
          'application/problem+json': components['schemas']['UppdragView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  WithdrawUppdragHttpController_withdrawUppdrag: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        uppdragId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['WithdrawUppdragDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UppdragView'];
          'application/problem+json': components['schemas']['UppdragView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetAgingHttpController_aging: {
    parameters: {
      query?: {
        /** @description Som det stod den dagen (händelsetid, svensk tid): det som hänt till och med dagens slut räknas. */
        asOf?: string | null;
        /** @description Dagen listan gäller: tidsgränser före den är passerade. Utelämnad: i dag. Utan `asOf` visas läget den dagen. */
        on?: string | null;
        /** @description Uppdrag som riktas till organet. */
        organ?: string | null;
        /** @description Som systemet visade det vid tidpunkten (servertid): det som lagrats till och med den, före senare rättelser. */
        recordedAt?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['AgingView'];
          'application/problem+json': components['schemas']['AgingView'];
        };
      };
      /** @description Ogiltig fråga; `errors` namnger fältet. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte läsa. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Läsmodellen är ännu inte byggd (ingen arbetare har startat). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  RecordArendeHttpController_record: {
    parameters: {
      query?: never;
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['RecordArendeDto'];
      };
    };
    responses: {
      201: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          Location?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UppsiktsarendeView'];
          'application/problem+json': components['schemas']['UppsiktsarendeView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetArendeHttpController_get: {
    parameters: {
      query?: never;
      header?: never;
      path: {
        arendeId: string;
      };
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UppsiktsarendeView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  AnswerArendeHttpController_answer: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        arendeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['AnswerArendeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UppsiktsarendeView'];
          'application/problem+json': components['schemas']['UppsiktsarendeView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  CloseArendeHttpController_close: {
    parameters: {
      query?: never;
      header?: {
        /** @description Revisionen från ETag: skriv bara om ingen annan hunnit före. */
        'If-Match'?: string;
      };
      path: {
        arendeId: string;
      };
      cookie?: never;
    };
    requestBody: {
      content: {
        'application/json': components['schemas']['CloseArendeDto'];
      };
    };
    responses: {
      200: {
        headers: {
          /** @description Strömmens revision; skicka tillbaka som If-Match. */
          ETag?: string;
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UppsiktsarendeView'];
          'application/problem+json': components['schemas']['UppsiktsarendeView'];
        };
      };
      /** @description Ogiltig indata; `errors` namnger varje fält. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Okänt id. */
      404: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Konflikt: If-Match var inte längre aktuell (`actualRevision`), eller en regel om tillståndet. */
      409: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För stor kropp. */
      413: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description För många skrivningar. */
      429: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
  GetOversiktHttpController_oversikt: {
    parameters: {
      query: {
        /** @description Som det stod den dagen (händelsetid, svensk tid): det som hänt till och med dagens slut räknas. */
        asOf?: string | null;
        /** @description En månad (2023-04), en tertial (2023-T1) eller hela året (2023). */
        period: string;
        /** @description Som systemet visade det vid tidpunkten (servertid): det som lagrats till och med den, före senare rättelser. */
        recordedAt?: string | null;
      };
      header?: never;
      path?: never;
      cookie?: never;
    };
    requestBody?: never;
    responses: {
      200: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/json': components['schemas']['UppsiktView'];
          'application/problem+json': components['schemas']['UppsiktView'];
        };
      };
      /** @description Ogiltig fråga; `errors` namnger fältet. */
      400: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Ingen eller ogiltig token. */
      401: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Rollen får inte läsa. */
      403: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
      /** @description Läsmodellen är ännu inte byggd (ingen arbetare har startat). */
      503: {
        headers: {
          [name: string]: unknown;
        };
        content: {
          'application/problem+json': components['schemas']['ProblemDto'];
        };
      };
    };
  };
}
