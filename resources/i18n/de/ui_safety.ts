<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ClientRecordForm</name>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Screening</source>
        <translation>Screening</translation>
    </message>
</context>
<context>
    <name>ClinicDetailsDialog</name>
    <message>
        <source>Clinic details</source>
        <translation>Angaben zur Praxis</translation>
    </message>
    <message>
        <source>Printed at the top of the aftercare sheet, so the client knows whom to call.</source>
        <translation>Wird oben auf das Nachsorgeblatt gedruckt, damit der Kunde weiß, wen er anrufen kann.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>e.g. +44 20 7946 0000</source>
        <translation>z. B. +49 30 1234567</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Telefon der Praxis</translation>
    </message>
    <message>
        <source>Clinic &amp;name</source>
        <translation>&amp;Name der Praxis</translation>
    </message>
    <message>
        <source>Clinic &amp;phone</source>
        <translation>&amp;Telefon der Praxis</translation>
    </message>
    <message>
        <source>&amp;Time zone</source>
        <translation>&amp;Zeitzone</translation>
    </message>
    <message>
        <source>Dates of imported treatments and of exports are read in this zone. Leave it blank to use this computer&apos;s.</source>
        <translation>Daten importierter Behandlungen und von Exporten werden in dieser Zeitzone gelesen. Leer lassen, um die dieses Computers zu verwenden.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>This computer&apos;s time zone ({zone})</source>
        <translation>Zeitzone dieses Computers ({zone})</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>signed and typed name</source>
        <translation>unterschrieben und Name eingegeben</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>unterschrieben</translation>
    </message>
    <message>
        <source>typed name</source>
        <translation>Name eingegeben</translation>
    </message>
    <message>
        <source>version {version} on {date} ({how})</source>
        <translation>Version {version} vom {date} ({how})</translation>
    </message>
    <message>
        <source>consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Consent to treatment: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Einwilligung in die Behandlung: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>On file: {consent}.</source>
        <translation>Vorliegend: {consent}.</translation>
    </message>
    <message>
        <source>The current consent text is version {version}: ask for a new signature.</source>
        <translation>Der aktuelle Einwilligungstext ist Version {version}: Bitten Sie um eine neue Unterschrift.</translation>
    </message>
    <message>
        <source>No consent on file yet.</source>
        <translation>Noch keine Einwilligung vorhanden.</translation>
    </message>
    <message>
        <source>e.g. 2 or 2026-03</source>
        <translation>z. B. 2 oder 2026-03</translation>
    </message>
    <message>
        <source>Consent text &amp;version</source>
        <translation>&amp;Version des Einwilligungstexts</translation>
    </message>
    <message>
        <source>Signed &amp;on</source>
        <translation>Unterschrieben a&amp;m</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Wipe the pad and sign again</source>
        <translation>Das Feld leeren und erneut unterschreiben</translation>
    </message>
    <message>
        <source>Full name, as the client types it</source>
        <translation>Vollständiger Name, wie der Kunde ihn eingibt</translation>
    </message>
    <message>
        <source>…or type your full &amp;name</source>
        <translation>…oder geben Sie Ihren vollständigen &amp;Namen ein</translation>
    </message>
    <message>
        <source>Save consent</source>
        <translation>Einwilligung speichern</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>No consent text is kept in the logbook (Logbook → Consent text…): show the client the clinic&apos;s text, and enter its version below.</source>
        <translation>Im Logbuch ist kein Einwilligungstext hinterlegt (Logbuch → Einwilligungstext…): Zeigen Sie dem Kunden den Text der Praxis und tragen Sie unten seine Version ein.</translation>
    </message>
    <message>
        <source>Please read the consent text (version {version}) before signing</source>
        <translation>Bitte lesen Sie den Einwilligungstext (Version {version}) vor der Unterschrift</translation>
    </message>
    <message>
        <source>Consent text, version {version}</source>
        <translation>Einwilligungstext, Version {version}</translation>
    </message>
    <message>
        <source>The version of the text shown above: recorded with the consent</source>
        <translation>Die Version des oben gezeigten Texts: wird mit der Einwilligung gespeichert</translation>
    </message>
</context>
<context>
    <name>ConsentTextEditor</name>
    <message>
        <source>Version {version} — saved {when} by {name}</source>
        <translation>Version {version} — gespeichert am {when} von {name}</translation>
    </message>
    <message>
        <source>Version {version} — saved {when}</source>
        <translation>Version {version} — gespeichert am {when}</translation>
    </message>
    <message>
        <source>In use: version {version} — saved {when} by {name}.</source>
        <translation>In Gebrauch: Version {version} — gespeichert am {when} von {name}.</translation>
    </message>
    <message>
        <source>In use: version {version} — saved {when}.</source>
        <translation>In Gebrauch: Version {version} — gespeichert am {when}.</translation>
    </message>
    <message>
        <source>consent text</source>
        <translation>Einwilligungstext</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Einwilligungstext</translation>
    </message>
    <message>
        <source>Clients read this text in the consent form before they sign. Saving makes a new version: clients who signed an earlier one are asked to sign again, and every earlier version is kept as clients read it.</source>
        <translation>Kunden lesen diesen Text im Einwilligungsformular, bevor sie unterschreiben. Speichern erzeugt eine neue Version: Kunden, die eine frühere unterschrieben haben, werden erneut um ihre Unterschrift gebeten, und jede frühere Version bleibt so erhalten, wie Kunden sie gelesen haben.</translation>
    </message>
    <message>
        <source>In use: version {version}, whose text is not kept in the logbook. Save the text clients sign as a new version.</source>
        <translation>In Gebrauch: Version {version}, deren Text nicht im Logbuch hinterlegt ist. Speichern Sie den Text, den Kunden unterschreiben, als neue Version.</translation>
    </message>
    <message>
        <source>No consent text yet: the consent form asks only for the version number.</source>
        <translation>Noch kein Einwilligungstext: Das Einwilligungsformular fragt nur nach der Versionsnummer.</translation>
    </message>
    <message>
        <source>e.g. 2 or 2026-03</source>
        <translation>z. B. 2 oder 2026-03</translation>
    </message>
    <message>
        <source>New version</source>
        <translation>Neue Version</translation>
    </message>
    <message>
        <source>The consent text, as the client reads it</source>
        <translation>Der Einwilligungstext, wie der Kunde ihn liest</translation>
    </message>
    <message>
        <source>New &amp;version</source>
        <translation>Neue &amp;Version</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Saved versions</source>
        <translation>Gespeicherte Versionen</translation>
    </message>
    <message>
        <source>Text of the version chosen</source>
        <translation>Text der gewählten Version</translation>
    </message>
    <message>
        <source>Saved versions (kept, read-only)</source>
        <translation>Gespeicherte Versionen (aufbewahrt, schreibgeschützt)</translation>
    </message>
    <message>
        <source>None saved yet.</source>
        <translation>Noch keine gespeichert.</translation>
    </message>
    <message>
        <source>Save as new version</source>
        <translation>Als neue Version speichern</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>Tick “I have reviewed” to go on.</source>
        <translation>Haken Sie „Ich habe geprüft“ an, um fortzufahren.</translation>
    </message>
    <message>
        <source>A stop: type your reason to go on.</source>
        <translation>Ein STOP: Geben Sie Ihre Begründung zum Fortfahren ein.</translation>
    </message>
    <message>
        <source>Before you start</source>
        <translation>Vor Behandlungsbeginn</translation>
    </message>
    <message>
        <source>New screening…</source>
        <translation>Neues Screening…</translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation>Einwilligung…</translation>
    </message>
    <message>
        <source>Nothing to review: screening and consent are on file and no rule applies.</source>
        <translation>Nichts zu prüfen: Screening und Einwilligung liegen vor, und keine Regel greift.</translation>
    </message>
    <message>
        <source>{warnings} to review before treating: tick each group ({count} left); a STOP also needs your reason to go on.</source>
        <translation>{warnings} vor der Behandlung zu prüfen: Haken Sie jede Gruppe an ({count} offen); ein STOP braucht zudem Ihre Begründung zum Fortfahren.</translation>
    </message>
    <message>
        <source>{warnings} to review before treating: tick each group; a STOP also needs your reason to go on.</source>
        <translation>{warnings} vor der Behandlung zu prüfen: Haken Sie jede Gruppe an; ein STOP braucht zudem Ihre Begründung zum Fortfahren.</translation>
    </message>
    <message>
        <source>All {warnings} acknowledged: saved with the session.</source>
        <translation>Alle {warnings} bestätigt: werden mit der Sitzung gespeichert.</translation>
    </message>
    <message>
        <source>✔ {warnings} acknowledged — show</source>
        <translation>✔ {warnings} bestätigt — anzeigen</translation>
    </message>
    <message>
        <source>{warnings} acknowledged: show them</source>
        <translation>{warnings} bestätigt: anzeigen</translation>
    </message>
    <message>
        <source>✔ {warnings} acknowledged — hide</source>
        <translation>✔ {warnings} bestätigt — ausblenden</translation>
    </message>
    <message>
        <source>{warnings} acknowledged: hide them</source>
        <translation>{warnings} bestätigt: ausblenden</translation>
    </message>
</context>
<context>
    <name>SafetySettingsDialog</name>
    <message>
        <source>Isotretinoin wash-out</source>
        <translation>Karenzzeit Isotretinoin</translation>
    </message>
    <message>
        <source>after the last dose (sources say 0–12 months)</source>
        <translation>nach der letzten Einnahme (Quellen nennen 0–12 Monate)</translation>
    </message>
    <message>
        <source>Filler wash-out</source>
        <translation>Karenzzeit Filler</translation>
    </message>
    <message>
        <source>after a dermal filler</source>
        <translation>nach einem dermalen Filler</translation>
    </message>
    <message>
        <source>Neurotoxin wash-out</source>
        <translation>Karenzzeit Neurotoxin</translation>
    </message>
    <message>
        <source>after botulinum toxin</source>
        <translation>nach Botulinumtoxin</translation>
    </message>
    <message>
        <source>Chemical peel wash-out</source>
        <translation>Karenzzeit chemisches Peeling</translation>
    </message>
    <message>
        <source>after a peel in the history</source>
        <translation>nach einem Peeling im Verlauf</translation>
    </message>
    <message>
        <source>Laser and IPL wash-out</source>
        <translation>Karenzzeit Laser und IPL</translation>
    </message>
    <message>
        <source>after laser or IPL</source>
        <translation>nach Laser oder IPL</translation>
    </message>
    <message>
        <source>Between sessions on an area</source>
        <translation>Abstand der Sitzungen</translation>
    </message>
    <message>
        <source>at least, on the same area</source>
        <translation>mindestens, am selben Bereich</translation>
    </message>
    <message>
        <source>A screening stays current</source>
        <translation>Ein Screening bleibt gültig</translation>
    </message>
    <message>
        <source>then ask the questions again</source>
        <translation>danach die Fragen erneut stellen</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <source>weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Safety rules</source>
        <translation>Sicherheitsregeln</translation>
    </message>
    <message>
        <source>Sources disagree on these periods: the clinic decides. A new session shows a warning to acknowledge while a period is not over (0 turns a check off).</source>
        <translation>Die Quellen sind sich über diese Zeiträume uneinig: Die Praxis entscheidet. Eine neue Sitzung zeigt eine zu bestätigende Warnung, solange ein Zeitraum nicht abgelaufen ist (0 schaltet eine Prüfung ab).</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Nicht geprüft</translation>
    </message>
    <message>
        <source>Any version</source>
        <translation>Beliebige Version</translation>
    </message>
    <message>
        <source>Current consent version</source>
        <translation>Aktuelle Version der Einwilligung</translation>
    </message>
    <message>
        <source>A client who signed another version is asked to sign again.</source>
        <translation>Wer eine andere Version unterschrieben hat, unterschreibt erneut.</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standardwerte wiederherstellen</translation>
    </message>
</context>
<context>
    <name>SafetyStrip</name>
    <message>
        <source>No screening on file</source>
        <translation>Kein Screening vorhanden</translation>
    </message>
    <message>
        <source>Screened {date}</source>
        <translation>Screening am {date}</translation>
    </message>
    <message>
        <source>Screened {date}, over 1 month ago</source>
        <translation>Screening am {date}, vor über 1 Monat</translation>
    </message>
    <message>
        <source>Screened {date}, over {count} months ago</source>
        <translation>Screening am {date}, vor über {count} Monaten</translation>
    </message>
    <message>
        <source>no consent on file</source>
        <translation>keine Einwilligung vorhanden</translation>
    </message>
    <message>
        <source>consent v{version} signed {date}</source>
        <translation>Einwilligung v{version} unterschrieben am {date}</translation>
    </message>
    <message>
        <source>(current text: v{version})</source>
        <translation>(aktueller Text: v{version})</translation>
    </message>
    <message>
        <source>Screening &amp; consent:</source>
        <translation>Screening &amp; Einwilligung:</translation>
    </message>
    <message>
        <source>New screening…</source>
        <translation>Neues Screening…</translation>
    </message>
    <message>
        <source>Ask the contraindication questions and record them</source>
        <translation>Die Fragen zu Kontraindikationen stellen und erfassen</translation>
    </message>
    <message>
        <source>Consent…</source>
        <translation>Einwilligung…</translation>
    </message>
    <message>
        <source>Record the client&apos;s signed consent to treatment</source>
        <translation>Die unterschriebene Einwilligung des Kunden in die Behandlung erfassen</translation>
    </message>
</context>
<context>
    <name>ScreeningDialog</name>
    <message>
        <source>Pregnant or breastfeeding</source>
        <translation>Schwanger oder stillend</translation>
    </message>
    <message>
        <source>pregnant or breastfeeding</source>
        <translation>schwanger oder stillend</translation>
    </message>
    <message>
        <source>Anticoagulants (blood thinners) or a bleeding disorder</source>
        <translation>Antikoagulanzien (Blutverdünner) oder eine Blutgerinnungsstörung</translation>
    </message>
    <message>
        <source>anticoagulants / bleeding</source>
        <translation>Antikoagulanzien / Blutgerinnung</translation>
    </message>
    <message>
        <source>Active infection, acne, eczema, psoriasis or rosacea in the area</source>
        <translation>Aktive Infektion, Akne, Ekzem, Psoriasis oder Rosazea im Bereich</translation>
    </message>
    <message>
        <source>active skin condition</source>
        <translation>aktive Hauterkrankung</translation>
    </message>
    <message>
        <source>History of keloid scarring</source>
        <translation>Keloidbildung in der Vorgeschichte</translation>
    </message>
    <message>
        <source>keloid history</source>
        <translation>Keloide in der Vorgeschichte</translation>
    </message>
    <message>
        <source>History of herpes simplex (cold sores)</source>
        <translation>Herpes simplex (Lippenherpes) in der Vorgeschichte</translation>
    </message>
    <message>
        <source>herpes history</source>
        <translation>Herpes in der Vorgeschichte</translation>
    </message>
    <message>
        <source>Chemotherapy or malignancy</source>
        <translation>Chemotherapie oder bösartige Erkrankung</translation>
    </message>
    <message>
        <source>chemotherapy / malignancy</source>
        <translation>Chemotherapie / Malignom</translation>
    </message>
    <message>
        <source>Allergy to metals (e.g. nickel) or anaesthetics (e.g. lidocaine)</source>
        <translation>Allergie gegen Metalle (z. B. Nickel) oder Betäubungsmittel (z. B. Lidocain)</translation>
    </message>
    <message>
        <source>metal / anaesthetic allergy</source>
        <translation>Metall-/Betäubungsmittelallergie</translation>
    </message>
    <message>
        <source>Isotretinoin (Roaccutane, Accutane) taken</source>
        <translation>Isotretinoin (Roaccutan, Accutane) eingenommen</translation>
    </message>
    <message>
        <source>Last dose</source>
        <translation>Letzte Einnahme</translation>
    </message>
    <message>
        <source>isotretinoin</source>
        <translation>Isotretinoin</translation>
    </message>
    <message>
        <source>Dermal filler in or near the area</source>
        <translation>Dermaler Filler im oder nahe dem Bereich</translation>
    </message>
    <message>
        <source>Given on</source>
        <translation>Gegeben am</translation>
    </message>
    <message>
        <source>filler</source>
        <translation>Filler</translation>
    </message>
    <message>
        <source>Neurotoxin (e.g. botulinum toxin)</source>
        <translation>Neurotoxin (z. B. Botulinumtoxin)</translation>
    </message>
    <message>
        <source>neurotoxin</source>
        <translation>Neurotoxin</translation>
    </message>
    <message>
        <source>screening</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Screening of &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Screening von &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Ask each question again: the last screening was on {date}.</source>
        <translation>Stellen Sie jede Frage erneut: Das letzte Screening war am {date}.</translation>
    </message>
    <message>
        <source>Ask each question and tick what applies today.</source>
        <translation>Stellen Sie jede Frage und haken Sie an, was heute zutrifft.</translation>
    </message>
    <message>
        <source>Screening &amp;date</source>
        <translation>Screening-&amp;Datum</translation>
    </message>
    <message>
        <source>Contraindications: tick what applies</source>
        <translation>Kontraindikationen: Zutreffendes anhaken</translation>
    </message>
    <message>
        <source>Which condition, where</source>
        <translation>Welche Erkrankung, wo</translation>
    </message>
    <message>
        <source>Antiviral prophylaxis prescribed or taken</source>
        <translation>Antivirale Prophylaxe verordnet oder eingenommen</translation>
    </message>
    <message>
        <source>Medication, conditions, anything else the client said</source>
        <translation>Medikamente, Erkrankungen, alles Weitere, was der Kunde angegeben hat</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notizen</translation>
    </message>
    <message>
        <source>Save screening</source>
        <translation>Screening speichern</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>Signature pad</source>
        <translation>Unterschriftenfeld</translation>
    </message>
    <message>
        <source>Sign here with the mouse, a pen or a finger</source>
        <translation>Hier mit der Maus, einem Stift oder dem Finger unterschreiben</translation>
    </message>
    <message>
        <source>Sign above the line</source>
        <translation>Über der Linie unterschreiben</translation>
    </message>
</context>
<context>
    <name>WarningGroupBox</name>
    <message>
        <source>Reason to go on despite this stop (kept with the session)</source>
        <translation>Begründung, trotz dieses STOPs fortzufahren (wird mit der Sitzung gespeichert)</translation>
    </message>
    <message>
        <source>1 warning</source>
        <translation>1 Warnung</translation>
    </message>
    <message>
        <source>{count} warnings</source>
        <translation>{count} Warnungen</translation>
    </message>
    <message>
        <source>STOP</source>
        <translation>STOP</translation>
    </message>
    <message>
        <source>Caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>1 stop</source>
        <translation>1 STOP</translation>
    </message>
    <message>
        <source>{count} stops</source>
        <translation>{count} STOPs</translation>
    </message>
    <message>
        <source>caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>{group} — {warnings}, {kinds}</source>
        <translation>{group} — {warnings}, {kinds}</translation>
    </message>
    <message>
        <source>Reason to go on: {warning}</source>
        <translation>Begründung zum Fortfahren: {warning}</translation>
    </message>
    <message>
        <source>I have reviewed these</source>
        <translation>Ich habe diese geprüft</translation>
    </message>
    <message>
        <source>I have reviewed this</source>
        <translation>Ich habe dies geprüft</translation>
    </message>
    <message>
        <source>{group}: I have reviewed {warnings}</source>
        <translation>{group}: Ich habe {warnings} geprüft</translation>
    </message>
</context>
</TS>
