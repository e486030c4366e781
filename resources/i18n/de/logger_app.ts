<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>Aftercare</name>
    <message>
        <source>SPF 30+ daily</source>
        <translation>Täglich LSF 30+</translation>
    </message>
    <message>
        <source>No makeup 12–24 h</source>
        <translation>Kein Make-up für 12–24 h</translation>
    </message>
    <message>
        <source>No retinoids or acids for 5 days</source>
        <translation>5 Tage keine Retinoide oder Säuren</translation>
    </message>
    <message>
        <source>No heat or exercise 48 h</source>
        <translation>48 h keine Hitze und kein Sport</translation>
    </message>
    <message>
        <source>Soothing serum / moisturiser</source>
        <translation>Beruhigendes Serum / Feuchtigkeitspflege</translation>
    </message>
    <message>
        <source>Clean pillowcase, hands off</source>
        <translation>Sauberer Kissenbezug, Haut nicht berühren</translation>
    </message>
    <message>
        <source>Written aftercare sheet given</source>
        <translation>Schriftliches Nachsorgeblatt ausgehändigt</translation>
    </message>
</context>
<context>
    <name>Amendments</name>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Cartridge</source>
        <translation>Kartusche</translation>
    </message>
    <message>
        <source>Numbing</source>
        <translation>Betäubung</translation>
    </message>
    <message>
        <source>Endpoint reached</source>
        <translation>Erreichter Endpunkt</translation>
    </message>
    <message>
        <source>Aftercare given</source>
        <translation>Nachsorgehinweise gegeben</translation>
    </message>
    <message>
        <source>Next visit due</source>
        <translation>Nächster Termin fällig</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Nadeltiefe</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Durchgänge</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>{field} ({of})</source>
        <translation>{field} ({of})</translation>
    </message>
    <message>
        <source>Add a reaction observed later</source>
        <translation>Später beobachtete Reaktion hinzufügen</translation>
    </message>
    <message>
        <source>Lot</source>
        <translation>Charge</translation>
    </message>
    <message>
        <source>“{key}” is not a field of this session that can be amended.</source>
        <translation>„{key}“ ist kein Feld dieser Sitzung, das nachträglich korrigiert werden kann.</translation>
    </message>
    <message>
        <source>Say why the record is corrected: the reason is kept with it.</source>
        <translation>Geben Sie an, warum der Eintrag korrigiert wird: Die Begründung wird mit ihm aufbewahrt.</translation>
    </message>
    <message>
        <source>Keep the reason under {count} characters.</source>
        <translation>Die Begründung darf höchstens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Enter text.</source>
        <translation>Geben Sie einen Text ein.</translation>
    </message>
    <message>
        <source>Enter the depth in mm.</source>
        <translation>Geben Sie die Nadeltiefe in mm ein.</translation>
    </message>
    <message>
        <source>Enter a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Geben Sie ein Datum ein.</translation>
    </message>
    <message>
        <source>Enter the numbing agent, strength and minutes.</source>
        <translation>Geben Sie Betäubungsmittel, Stärke und Einwirkzeit in Minuten ein.</translation>
    </message>
    <message>
        <source>Choose the reaction, its severity and when it was observed.</source>
        <translation>Wählen Sie die Reaktion, ihren Schweregrad und wann sie beobachtet wurde.</translation>
    </message>
    <message>
        <source>Keep this under {count} characters.</source>
        <translation>Höchstens {count} Zeichen.</translation>
    </message>
    <message>
        <source>Passes must be between 1 and {most}.</source>
        <translation>Die Anzahl der Durchgänge muss zwischen 1 und {most} liegen.</translation>
    </message>
    <message>
        <source>Duration must be between 1 and 600 minutes.</source>
        <translation>Die Dauer muss zwischen 1 und 600 Minuten liegen.</translation>
    </message>
    <message>
        <source>The next visit must be after this session.</source>
        <translation>Der nächste Termin muss nach dieser Sitzung liegen.</translation>
    </message>
    <message>
        <source>Name the numbing agent (or choose no numbing).</source>
        <translation>Nennen Sie das Betäubungsmittel (oder wählen Sie „keine Betäubung“).</translation>
    </message>
    <message>
        <source>Minutes on skin must be between 0 and {most}.</source>
        <translation>Die Einwirkzeit muss zwischen 0 und {most} Minuten liegen.</translation>
    </message>
    <message>
        <source>{reaction} ({observed}) is already recorded: amend its severity or note instead.</source>
        <translation>{reaction} ({observed}) ist bereits erfasst: Korrigieren Sie stattdessen Schweregrad oder Notiz.</translation>
    </message>
    <message>
        <source>That is the value already recorded.</source>
        <translation>Dieser Wert ist bereits erfasst.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>{minutes} min</source>
        <translation>{minutes} min</translation>
    </message>
</context>
<context>
    <name>Area</name>
    <message>
        <source>Forehead</source>
        <translation>Stirn</translation>
    </message>
    <message>
        <source>Glabella</source>
        <translation>Glabella</translation>
    </message>
    <message>
        <source>Periorbital</source>
        <translation>Augenpartie</translation>
    </message>
    <message>
        <source>Nose</source>
        <translation>Nase</translation>
    </message>
    <message>
        <source>Left cheek</source>
        <translation>Linke Wange</translation>
    </message>
    <message>
        <source>Right cheek</source>
        <translation>Rechte Wange</translation>
    </message>
    <message>
        <source>Upper lip</source>
        <translation>Oberlippe</translation>
    </message>
    <message>
        <source>Perioral</source>
        <translation>Mundpartie</translation>
    </message>
    <message>
        <source>Chin</source>
        <translation>Kinn</translation>
    </message>
    <message>
        <source>Jawline</source>
        <translation>Kieferlinie</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Hals</translation>
    </message>
    <message>
        <source>Décolletage</source>
        <translation>Dekolleté</translation>
    </message>
    <message>
        <source>Scalp</source>
        <translation>Kopfhaut</translation>
    </message>
    <message>
        <source>Back of hands</source>
        <translation>Handrücken</translation>
    </message>
    <message>
        <source>Arms</source>
        <translation>Arme</translation>
    </message>
    <message>
        <source>Abdomen</source>
        <translation>Bauch</translation>
    </message>
    <message>
        <source>Thighs</source>
        <translation>Oberschenkel</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Rücken</translation>
    </message>
    <message>
        <source>Scar site</source>
        <translation>Narbenbereich</translation>
    </message>
</context>
<context>
    <name>ClinicTime</name>
    <message>
        <source>{name} is not a known time zone (e.g. Europe/Berlin).</source>
        <translation>{name} ist keine bekannte Zeitzone (z. B. Europe/Berlin).</translation>
    </message>
    <message>
        <source>Keep the time zone under {count} characters.</source>
        <translation>Die Zeitzone darf höchstens {count} Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>Concern</name>
    <message>
        <source>Acne scars</source>
        <translation>Aknenarben</translation>
    </message>
    <message>
        <source>Surgical scars</source>
        <translation>Operationsnarben</translation>
    </message>
    <message>
        <source>Fine lines</source>
        <translation>Feine Linien</translation>
    </message>
    <message>
        <source>Wrinkles</source>
        <translation>Falten</translation>
    </message>
    <message>
        <source>Hyperpigmentation</source>
        <translation>Hyperpigmentierung</translation>
    </message>
    <message>
        <source>Sun damage</source>
        <translation>Sonnenschäden</translation>
    </message>
    <message>
        <source>Enlarged pores</source>
        <translation>Vergrößerte Poren</translation>
    </message>
    <message>
        <source>Stretch marks</source>
        <translation>Dehnungsstreifen</translation>
    </message>
    <message>
        <source>Texture</source>
        <translation>Hautstruktur</translation>
    </message>
    <message>
        <source>Laxity</source>
        <translation>Hauterschlaffung</translation>
    </message>
</context>
<context>
    <name>Courses</name>
    <message>
        <source>This client already has a course under way: end it first.</source>
        <translation>Für diesen Kunden läuft bereits eine Behandlungsserie: Beenden Sie diese zuerst.</translation>
    </message>
    <message>
        <source>This course has ended already.</source>
        <translation>Diese Behandlungsserie ist bereits beendet.</translation>
    </message>
    <message>
        <source>Plan between 1 and {most} sessions.</source>
        <translation>Planen Sie zwischen 1 und {most} Sitzungen.</translation>
    </message>
    <message>
        <source>Choose between 1 and {most} days between sessions.</source>
        <translation>Wählen Sie zwischen 1 und {most} Tagen Abstand zwischen den Sitzungen.</translation>
    </message>
    <message>
        <source>Choose the areas from the list.</source>
        <translation>Wählen Sie die Behandlungszonen aus der Liste.</translation>
    </message>
    <message>
        <source>An area is listed twice.</source>
        <translation>Eine Behandlungszone ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Enter the date the course starts.</source>
        <translation>Geben Sie das Startdatum der Behandlungsserie ein.</translation>
    </message>
    <message>
        <source>A course can be planned at most a year ahead.</source>
        <translation>Eine Behandlungsserie kann höchstens ein Jahr im Voraus geplant werden.</translation>
    </message>
    <message>
        <source>The course starts before the client&apos;s date of birth.</source>
        <translation>Die Behandlungsserie beginnt vor dem Geburtsdatum des Kunden.</translation>
    </message>
    <message>
        <source>Keep notes under {count} characters.</source>
        <translation>Notizen dürfen höchstens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>A course cannot end before it started.</source>
        <translation>Eine Behandlungsserie kann nicht vor ihrem Beginn enden.</translation>
    </message>
    <message>
        <source>A course cannot end in the future.</source>
        <translation>Eine Behandlungsserie kann nicht in der Zukunft enden.</translation>
    </message>
</context>
<context>
    <name>Device</name>
    <message>
        <source>Pen</source>
        <translation>Pen</translation>
    </message>
    <message>
        <source>Roller</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>Stamp</source>
        <translation>Stempel</translation>
    </message>
    <message>
        <source>RF microneedling</source>
        <translation>RF-Mikroneedling</translation>
    </message>
</context>
<context>
    <name>Endpoint</name>
    <message>
        <source>Mild erythema</source>
        <translation>Leichtes Erythem</translation>
    </message>
    <message>
        <source>Moderate erythema</source>
        <translation>Mäßiges Erythem</translation>
    </message>
    <message>
        <source>Marked erythema</source>
        <translation>Ausgeprägtes Erythem</translation>
    </message>
    <message>
        <source>Scattered pinpoint bleeding</source>
        <translation>Vereinzelte Punktblutungen</translation>
    </message>
    <message>
        <source>Uniform pinpoint bleeding</source>
        <translation>Gleichmäßige Punktblutungen</translation>
    </message>
</context>
<context>
    <name>Fitzpatrick</name>
    <message>
        <source>Type {name}</source>
        <translation>Typ {name}</translation>
    </message>
</context>
<context>
    <name>LogbookError</name>
    <message>
        <source>The logbook is busy (another window is saving) — try again.</source>
        <translation>Das Logbuch ist belegt (ein anderes Fenster speichert gerade) – bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>That passphrase is not right. Try again.</source>
        <translation>Diese Passphrase ist nicht richtig. Bitte versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Sign in first: changes and signatures are made by a signed-in practitioner.</source>
        <translation>Melden Sie sich zuerst an: Änderungen und Signaturen nimmt ein angemeldeter Behandler vor.</translation>
    </message>
    <message>
        <source>Enter your passphrase to sign.</source>
        <translation>Geben Sie zum Signieren Ihre Passphrase ein.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Try again in 1 second.</source>
        <translation>Zu viele falsche Passphrasen. Versuchen Sie es in 1 Sekunde erneut.</translation>
    </message>
    <message>
        <source>Too many wrong passphrases. Try again in {count} seconds.</source>
        <translation>Zu viele falsche Passphrasen. Versuchen Sie es in {count} Sekunden erneut.</translation>
    </message>
</context>
<context>
    <name>ObservedWhen</name>
    <message>
        <source>During treatment</source>
        <translation>Während der Behandlung</translation>
    </message>
    <message>
        <source>Immediately after</source>
        <translation>Unmittelbar danach</translation>
    </message>
    <message>
        <source>At follow-up</source>
        <translation>Bei der Nachkontrolle</translation>
    </message>
</context>
<context>
    <name>OtherTreatmentKind</name>
    <message>
        <source>Chemical peel</source>
        <translation>Chemisches Peeling</translation>
    </message>
    <message>
        <source>Laser</source>
        <translation>Laser</translation>
    </message>
    <message>
        <source>IPL</source>
        <translation>IPL</translation>
    </message>
    <message>
        <source>Facial</source>
        <translation>Gesichtsbehandlung</translation>
    </message>
    <message>
        <source>Filler</source>
        <translation>Filler</translation>
    </message>
    <message>
        <source>Neurotoxin</source>
        <translation>Neurotoxin</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>OtherTreatments</name>
    <message>
        <source>{day} is in the future: record a treatment on or after its day.</source>
        <translation>Der {day} liegt in der Zukunft: Erfassen Sie eine Behandlung am Tag der Behandlung oder danach.</translation>
    </message>
    <message>
        <source>The date is before the client&apos;s date of birth.</source>
        <translation>Das Datum liegt vor dem Geburtsdatum des Kunden.</translation>
    </message>
    <message>
        <source>Name the treatment (for example Dermaplaning).</source>
        <translation>Nennen Sie die Behandlung (zum Beispiel Dermaplaning).</translation>
    </message>
    <message>
        <source>Keep the notes under {count} characters.</source>
        <translation>Die Notizen dürfen höchstens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Keep the name under {count} characters.</source>
        <translation>Der Name darf höchstens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>List at most {count} products.</source>
        <translation>Führen Sie höchstens {count} Produkte auf.</translation>
    </message>
    <message>
        <source>Name the product (or remove the row).</source>
        <translation>Nennen Sie das Produkt (oder entfernen Sie die Zeile).</translation>
    </message>
    <message>
        <source>Keep the lot under {count} characters.</source>
        <translation>Die Charge darf höchstens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Keep this under {count} characters.</source>
        <translation>Höchstens {count} Zeichen.</translation>
    </message>
</context>
<context>
    <name>PhotoAngle</name>
    <message>
        <source>Front</source>
        <translation>Frontal</translation>
    </message>
    <message>
        <source>Left 45°</source>
        <translation>Links 45°</translation>
    </message>
    <message>
        <source>Right 45°</source>
        <translation>Rechts 45°</translation>
    </message>
    <message>
        <source>Left profile</source>
        <translation>Linkes Profil</translation>
    </message>
    <message>
        <source>Right profile</source>
        <translation>Rechtes Profil</translation>
    </message>
    <message>
        <source>Close-up</source>
        <translation>Nahaufnahme</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstige</translation>
    </message>
</context>
<context>
    <name>PhotoKind</name>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachkontrolle</translation>
    </message>
</context>
<context>
    <name>ProductRole</name>
    <message>
        <source>Glide / serum</source>
        <translation>Gleitmittel / Serum</translation>
    </message>
    <message>
        <source>Numbing</source>
        <translation>Betäubung</translation>
    </message>
    <message>
        <source>Other product</source>
        <translation>Sonstiges Produkt</translation>
    </message>
</context>
<context>
    <name>Reaction</name>
    <message>
        <source>Erythema</source>
        <translation>Erythem</translation>
    </message>
    <message>
        <source>Swelling</source>
        <translation>Schwellung</translation>
    </message>
    <message>
        <source>Pinpoint bleeding</source>
        <translation>Punktblutungen</translation>
    </message>
    <message>
        <source>Tingling</source>
        <translation>Kribbeln</translation>
    </message>
    <message>
        <source>Tenderness</source>
        <translation>Druckempfindlichkeit</translation>
    </message>
    <message>
        <source>Dryness / peeling</source>
        <translation>Trockenheit / Schuppung</translation>
    </message>
    <message>
        <source>Bruising</source>
        <translation>Hämatom</translation>
    </message>
    <message>
        <source>Acne flare</source>
        <translation>Akneschub</translation>
    </message>
    <message>
        <source>Post-inflammatory hyperpigmentation</source>
        <translation>Postinflammatorische Hyperpigmentierung</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infektion</translation>
    </message>
    <message>
        <source>Herpes reactivation</source>
        <translation>Herpes-Reaktivierung</translation>
    </message>
    <message>
        <source>Granuloma</source>
        <translation>Granulom</translation>
    </message>
    <message>
        <source>Tram-track marks</source>
        <translation>Tram-Track-Spuren</translation>
    </message>
    <message>
        <source>Contact dermatitis</source>
        <translation>Kontaktdermatitis</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mäßig</translation>
    </message>
    <message>
        <source>Severe</source>
        <translation>Schwer</translation>
    </message>
</context>
<context>
    <name>SkinType</name>
    <message>
        <source>Normal</source>
        <translation>Normal</translation>
    </message>
    <message>
        <source>Dry</source>
        <translation>Trocken</translation>
    </message>
    <message>
        <source>Oily</source>
        <translation>Fettig</translation>
    </message>
    <message>
        <source>Combination</source>
        <translation>Mischhaut</translation>
    </message>
    <message>
        <source>Sensitive</source>
        <translation>Empfindlich</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>12-pin</source>
        <translation>12-Pin</translation>
    </message>
    <message>
        <source>16-pin</source>
        <translation>16-Pin</translation>
    </message>
    <message>
        <source>24-pin</source>
        <translation>24-Pin</translation>
    </message>
    <message>
        <source>36-pin</source>
        <translation>36-Pin</translation>
    </message>
    <message>
        <source>42-pin</source>
        <translation>42-Pin</translation>
    </message>
    <message>
        <source>Nano</source>
        <translation>Nano</translation>
    </message>
    <message>
        <source>Roller 192-needle</source>
        <translation>Roller 192 Nadeln</translation>
    </message>
    <message>
        <source>RF 25-pin insulated</source>
        <translation>RF 25-Pin isoliert</translation>
    </message>
    <message>
        <source>RF 49-pin</source>
        <translation>RF 49-Pin</translation>
    </message>
    <message>
        <source>Lidocaine cream</source>
        <translation>Lidocain-Creme</translation>
    </message>
    <message>
        <source>BLT (benzocaine/lidocaine/tetracaine)</source>
        <translation>BLT (Benzocain/Lidocain/Tetracain)</translation>
    </message>
    <message>
        <source>EMLA (lidocaine/prilocaine)</source>
        <translation>EMLA (Lidocain/Prilocain)</translation>
    </message>
    <message>
        <source>Tetracaine gel</source>
        <translation>Tetracain-Gel</translation>
    </message>
    <message>
        <source>Hyaluronic acid serum</source>
        <translation>Hyaluronsäure-Serum</translation>
    </message>
    <message>
        <source>PRP</source>
        <translation>PRP</translation>
    </message>
    <message>
        <source>Growth factor serum</source>
        <translation>Wachstumsfaktor-Serum</translation>
    </message>
    <message>
        <source>Peptide serum</source>
        <translation>Peptid-Serum</translation>
    </message>
    <message>
        <source>Exosome serum</source>
        <translation>Exosomen-Serum</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Contains an invisible NUL character (from pasted or imported text): retype this field.</source>
        <translation>Enthält ein unsichtbares NUL-Zeichen (aus eingefügtem oder importiertem Text): Bitte geben Sie dieses Feld neu ein.</translation>
    </message>
    <message>
        <source>Enter an email address like name@example.com.</source>
        <translation>Geben Sie eine E-Mail-Adresse wie name@example.com ein.</translation>
    </message>
    <message>
        <source>Enter a phone number: digits, spaces, + ( ) - only.</source>
        <translation>Geben Sie eine Telefonnummer ein: nur Ziffern, Leerzeichen, + ( ) -.</translation>
    </message>
    <message>
        <source>Date of birth cannot be in the future.</source>
        <translation>Das Geburtsdatum kann nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <source>Date of birth before {year} is not plausible.</source>
        <translation>Ein Geburtsdatum vor {year} ist nicht plausibel.</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} ist erforderlich.</translation>
    </message>
    <message>
        <source>{field} is longer than {count} characters.</source>
        <translation>{field} ist länger als {count} Zeichen.</translation>
    </message>
    <message>
        <source>A concern is listed twice.</source>
        <translation>Ein Anliegen ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Keep this under {count} characters.</source>
        <translation>Höchstens {count} Zeichen.</translation>
    </message>
    <message>
        <source>Depth must be between {low} and {high} mm.</source>
        <translation>Die Nadeltiefe muss zwischen {low} und {high} mm liegen.</translation>
    </message>
    <message>
        <source>The session time has no time zone.</source>
        <translation>Die Uhrzeit der Sitzung hat keine Zeitzone.</translation>
    </message>
    <message>
        <source>The session date is before the client&apos;s date of birth.</source>
        <translation>Das Datum der Sitzung liegt vor dem Geburtsdatum des Kunden.</translation>
    </message>
    <message>
        <source>The session date is not plausible (future or too old).</source>
        <translation>Das Datum der Sitzung ist nicht plausibel (in der Zukunft oder zu weit zurück).</translation>
    </message>
    <message>
        <source>Choose or type the practitioner.</source>
        <translation>Wählen Sie den Behandler oder geben Sie ihn ein.</translation>
    </message>
    <message>
        <source>Duration must be between 1 and 600 minutes.</source>
        <translation>Die Dauer muss zwischen 1 und 600 Minuten liegen.</translation>
    </message>
    <message>
        <source>Add at least one treated area.</source>
        <translation>Fügen Sie mindestens eine behandelte Zone hinzu.</translation>
    </message>
    <message>
        <source>{area} is already listed.</source>
        <translation>{area} ist bereits aufgeführt.</translation>
    </message>
    <message>
        <source>Passes must be between 1 and {most}.</source>
        <translation>Die Anzahl der Durchgänge muss zwischen 1 und {most} liegen.</translation>
    </message>
    <message>
        <source>Name the numbing agent, or choose no numbing.</source>
        <translation>Nennen Sie das Betäubungsmittel oder wählen Sie „keine Betäubung“.</translation>
    </message>
    <message>
        <source>Minutes on skin must be between 0 and {most}.</source>
        <translation>Die Einwirkzeit muss zwischen 0 und {most} Minuten liegen.</translation>
    </message>
    <message>
        <source>Name the product this lot belongs to.</source>
        <translation>Nennen Sie das Produkt, zu dem diese Charge gehört.</translation>
    </message>
    <message>
        <source>{reaction} ({observed}) is already listed.</source>
        <translation>{reaction} ({observed}) ist bereits aufgeführt.</translation>
    </message>
    <message>
        <source>An aftercare item is listed twice.</source>
        <translation>Ein Nachsorgehinweis ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>The next visit must be after this session.</source>
        <translation>Der nächste Termin muss nach dieser Sitzung liegen.</translation>
    </message>
    <message>
        <source>Keep notes under {count} characters.</source>
        <translation>Notizen dürfen höchstens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The time the photo was taken has no time zone.</source>
        <translation>Der Aufnahmezeitpunkt des Fotos hat keine Zeitzone.</translation>
    </message>
    <message>
        <source>The time the photo was taken is not plausible.</source>
        <translation>Der Aufnahmezeitpunkt des Fotos ist nicht plausibel.</translation>
    </message>
    <message>
        <source>Keep the note under {count} characters.</source>
        <translation>Die Notiz darf höchstens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>{field} cannot be after the screening date.</source>
        <translation>{field} darf nicht nach dem Datum des Screenings liegen.</translation>
    </message>
    <message>
        <source>{field} cannot be after today.</source>
        <translation>{field} darf nicht nach dem heutigen Tag liegen.</translation>
    </message>
    <message>
        <source>{field} is before the client&apos;s date of birth.</source>
        <translation>{field} liegt vor dem Geburtsdatum des Kunden.</translation>
    </message>
    <message>
        <source>{field} is not plausible.</source>
        <translation>{field} ist nicht plausibel.</translation>
    </message>
    <message>
        <source>The screening date</source>
        <translation>Das Datum des Screenings</translation>
    </message>
    <message>
        <source>The last dose</source>
        <translation>Die letzte Einnahme</translation>
    </message>
    <message>
        <source>The filler date</source>
        <translation>Das Datum der Filler-Behandlung</translation>
    </message>
    <message>
        <source>The neurotoxin date</source>
        <translation>Das Datum der Neurotoxin-Behandlung</translation>
    </message>
    <message>
        <source>Antiviral prophylaxis is recorded only with a history of herpes.</source>
        <translation>Eine antivirale Prophylaxe wird nur bei Herpes in der Vorgeschichte erfasst.</translation>
    </message>
    <message>
        <source>The signature is not a PNG image.</source>
        <translation>Die Unterschrift ist kein PNG-Bild.</translation>
    </message>
    <message>
        <source>The signature image is larger than {size} KB.</source>
        <translation>Das Bild der Unterschrift ist größer als {size} KB.</translation>
    </message>
    <message>
        <source>Enter the version of the consent text signed.</source>
        <translation>Geben Sie die Version des unterschriebenen Einwilligungstextes ein.</translation>
    </message>
    <message>
        <source>Keep the version under {count} characters.</source>
        <translation>Die Version darf höchstens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The date signed</source>
        <translation>Das Datum der Unterschrift</translation>
    </message>
    <message>
        <source>The name is longer than {count} characters.</source>
        <translation>Der Name ist länger als {count} Zeichen.</translation>
    </message>
    <message>
        <source>Sign in the box, or type the client&apos;s full name.</source>
        <translation>Unterschreiben Sie im Feld oder geben Sie den vollständigen Namen des Kunden ein.</translation>
    </message>
    <message>
        <source>Choose between {low} and {high}.</source>
        <translation>Wählen Sie einen Wert zwischen {low} und {high}.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Der Name ist erforderlich.</translation>
    </message>
    <message>
        <source>Keep the credentials under 200 characters.</source>
        <translation>Die Qualifikationen dürfen höchstens 200 Zeichen lang sein.</translation>
    </message>
    <message>
        <source>The maximum depth must be between {low} and {high} mm.</source>
        <translation>Die maximale Nadeltiefe muss zwischen {low} und {high} mm liegen.</translation>
    </message>
</context>
<context>
    <name>ValidationClinic</name>
    <message>
        <source>Keep the clinic&apos;s name under {count} characters.</source>
        <translation>Der Name der Praxis darf höchstens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Keep the phone number under {count} characters.</source>
        <translation>Die Telefonnummer darf höchstens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Enter a version for this text (for example 2025-06 or 3).</source>
        <translation>Geben Sie eine Version für diesen Text ein (zum Beispiel 2025-06 oder 3).</translation>
    </message>
    <message>
        <source>Keep the version under {count} characters.</source>
        <translation>Die Version darf höchstens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Version {version} is saved already, and kept as it was: give this text a new version.</source>
        <translation>Version {version} ist bereits gespeichert und bleibt unverändert: Geben Sie diesem Text eine neue Version.</translation>
    </message>
    <message>
        <source>Enter the consent text the client reads.</source>
        <translation>Geben Sie den Einwilligungstext ein, den der Kunde liest.</translation>
    </message>
    <message>
        <source>Keep the text under {count} characters.</source>
        <translation>Der Text darf höchstens {count} Zeichen lang sein.</translation>
    </message>
    <message>
        <source>Contains an invisible NUL character: retype this field.</source>
        <translation>Enthält ein unsichtbares NUL-Zeichen: Bitte geben Sie dieses Feld neu ein.</translation>
    </message>
</context>
</TS>
