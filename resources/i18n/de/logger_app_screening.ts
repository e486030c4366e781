<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>ScreeningAllergy</name>
    <message>
        <source>The numbing agent “{name}” matches an allergy on file: {allergies}.</source>
        <translation>Das Betäubungsmittel „{name}“ entspricht einer erfassten Allergie: {allergies}.</translation>
    </message>
    <message>
        <source>The product “{name}” matches an allergy on file: {allergies}.</source>
        <translation>Das Produkt „{name}“ entspricht einer erfassten Allergie: {allergies}.</translation>
    </message>
</context>
<context>
    <name>ScreeningClientRules</name>
    <message>
        <source>No screening on file: ask about contraindications and record a screening before treating.</source>
        <translation>Kein Screening vorhanden: Fragen Sie nach Kontraindikationen und erfassen Sie vor der Behandlung ein Screening.</translation>
    </message>
    <message>
        <source>The last screening dates from {day}, more than 1 month ago: ask whether anything has changed and record a new one.</source>
        <translation>Das letzte Screening stammt vom {day}, vor mehr als 1 Monat: Fragen Sie, ob sich etwas geändert hat, und erfassen Sie ein neues.</translation>
    </message>
    <message>
        <source>The last screening dates from {day}, more than {count} months ago: ask whether anything has changed and record a new one.</source>
        <translation>Das letzte Screening stammt vom {day}, vor mehr als {count} Monaten: Fragen Sie, ob sich etwas geändert hat, und erfassen Sie ein neues.</translation>
    </message>
    <message>
        <source>No signed consent to treatment on file.</source>
        <translation>Keine unterschriebene Einwilligung zur Behandlung vorhanden.</translation>
    </message>
    <message>
        <source>Consent was signed on version {signed} of the consent text ({day}); the current version is {current}.</source>
        <translation>Die Einwilligung wurde für Version {signed} des Einwilligungstextes unterschrieben ({day}); aktuell ist Version {current}.</translation>
    </message>
    <message>
        <source>{warning} (screening of {day}).</source>
        <translation>{warning} (Screening vom {day}).</translation>
    </message>
    <message>
        <source>Pregnant or breastfeeding: microneedling is not advised</source>
        <translation>Schwanger oder stillend: Mikroneedling wird nicht empfohlen</translation>
    </message>
    <message>
        <source>Anticoagulants or a bleeding disorder: risk of bleeding and bruising</source>
        <translation>Antikoagulanzien oder Gerinnungsstörung: Risiko von Blutungen und Hämatomen</translation>
    </message>
    <message>
        <source>Active infection, acne, eczema, psoriasis or rosacea in the area: {note}. Do not needle over it</source>
        <translation>Aktive Infektion, Akne, Ekzem, Psoriasis oder Rosazea im Behandlungsbereich: {note}. Nicht darüber needeln</translation>
    </message>
    <message>
        <source>Active infection, acne, eczema, psoriasis or rosacea in the area. Do not needle over it</source>
        <translation>Aktive Infektion, Akne, Ekzem, Psoriasis oder Rosazea im Behandlungsbereich. Nicht darüber needeln</translation>
    </message>
    <message>
        <source>History of keloid scarring</source>
        <translation>Keloidbildung in der Vorgeschichte</translation>
    </message>
    <message>
        <source>History of herpes simplex; check the antiviral prophylaxis was taken</source>
        <translation>Herpes simplex in der Vorgeschichte; prüfen Sie, ob die antivirale Prophylaxe eingenommen wurde</translation>
    </message>
    <message>
        <source>History of herpes simplex and no antiviral prophylaxis: risk of reactivation</source>
        <translation>Herpes simplex in der Vorgeschichte und keine antivirale Prophylaxe: Risiko einer Reaktivierung</translation>
    </message>
    <message>
        <source>Chemotherapy or malignancy: treat only with the oncologist&apos;s agreement</source>
        <translation>Chemotherapie oder Krebserkrankung: nur mit Zustimmung des Onkologen behandeln</translation>
    </message>
    <message>
        <source>Allergy to metals or anaesthetics: check the needles and the numbing agent</source>
        <translation>Allergie gegen Metalle oder Anästhetika: Nadeln und Betäubungsmittel prüfen</translation>
    </message>
    <message>
        <source>pregnant or breastfeeding</source>
        <translation>schwanger oder stillend</translation>
    </message>
    <message>
        <source>anticoagulants or bleeding disorder</source>
        <translation>Antikoagulanzien oder Gerinnungsstörung</translation>
    </message>
    <message>
        <source>active skin condition in the area</source>
        <translation>aktive Hauterkrankung im Behandlungsbereich</translation>
    </message>
    <message>
        <source>keloid history</source>
        <translation>Keloide in der Vorgeschichte</translation>
    </message>
    <message>
        <source>herpes history</source>
        <translation>Herpes in der Vorgeschichte</translation>
    </message>
    <message>
        <source>antiviral prophylaxis</source>
        <translation>antivirale Prophylaxe</translation>
    </message>
    <message>
        <source>chemotherapy or malignancy</source>
        <translation>Chemotherapie oder Krebserkrankung</translation>
    </message>
    <message>
        <source>allergy to metals or anaesthetics</source>
        <translation>Allergie gegen Metalle oder Anästhetika</translation>
    </message>
    <message>
        <source>isotretinoin, last dose {day}</source>
        <translation>Isotretinoin, letzte Einnahme {day}</translation>
    </message>
    <message>
        <source>filler {day}</source>
        <translation>Filler {day}</translation>
    </message>
    <message>
        <source>neurotoxin {day}</source>
        <translation>Neurotoxin {day}</translation>
    </message>
    <message>
        <source>Allergies on file: {allergies}.</source>
        <translation>Erfasste Allergien: {allergies}.</translation>
    </message>
</context>
<context>
    <name>ScreeningDepth</name>
    <message>
        <source>A stop: say why you go on (the reason is kept with the session).</source>
        <translation>Ein Stopp: Geben Sie an, warum Sie fortfahren (die Begründung wird mit der Sitzung aufbewahrt).</translation>
    </message>
    <message>
        <source>{depth} is above {name}&apos;s licensed maximum of {most}.</source>
        <translation>{depth} liegt über der zugelassenen Höchsttiefe von {name} ({most}).</translation>
    </message>
    <message>
        <source>{depth} is above the practitioner&apos;s licensed maximum of {most}.</source>
        <translation>{depth} liegt über der zugelassenen Höchsttiefe des Behandlers ({most}).</translation>
    </message>
    <message>
        <source>{area} {depth} is above the usual {range}.</source>
        <translation>{area} {depth} liegt über dem üblichen Bereich von {range}.</translation>
    </message>
    <message>
        <source>Not acknowledged: {warning}</source>
        <translation>Nicht bestätigt: {warning}</translation>
    </message>
    <message>
        <source>Keep the reason under {count} characters.</source>
        <translation>Die Begründung darf höchstens {count} Zeichen lang sein.</translation>
    </message>
</context>
<context>
    <name>ScreeningTiming</name>
    <message>
        <source>Isotretinoin last dose</source>
        <translation>Letzte Isotretinoin-Einnahme</translation>
    </message>
    <message>
        <source>Filler given</source>
        <translation>Filler-Behandlung</translation>
    </message>
    <message>
        <source>Neurotoxin given</source>
        <translation>Neurotoxin-Behandlung</translation>
    </message>
    <message>
        <source>{what} on {day}</source>
        <translation>{what} am {day}</translation>
    </message>
    <message>
        <source>{what}: the {count}-month wash-out ends on {day}.</source>
        <translation>{what}: Die Karenzzeit von {count} Monaten endet am {day}.</translation>
    </message>
    <message>
        <source>{what}: the {count}-week wash-out ends on {day}.</source>
        <translation>{what}: Die Karenzzeit von {count} Wochen endet am {day}.</translation>
    </message>
    <message>
        <source>{area} was treated on {day}, {ago}: the minimum interval is 1 week (until {until}).</source>
        <translation>{area} wurde am {day} behandelt ({ago}): Der Mindestabstand beträgt 1 Woche (bis {until}).</translation>
    </message>
    <message>
        <source>{area} was treated on {day}, {ago}: the minimum interval is {count} weeks (until {until}).</source>
        <translation>{area} wurde am {day} behandelt ({ago}): Der Mindestabstand beträgt {count} Wochen (bis {until}).</translation>
    </message>
</context>
<context>
    <name>ScreeningWording</name>
    <message>
        <source>earlier today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <source>{count} days ago</source>
        <translation>vor {count} Tagen</translation>
    </message>
    <message>
        <source>{count} weeks ago</source>
        <translation>vor {count} Wochen</translation>
    </message>
</context>
</TS>
