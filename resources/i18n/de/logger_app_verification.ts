<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AuditChain</name>
    <message>
        <source>{entries} missing</source>
        <translation>{entries} fehlen</translation>
    </message>
    <message>
        <source>audit entry {id}</source>
        <translation>Audit-Eintrag {id}</translation>
    </message>
    <message>
        <source>audit entries {first}–{last}</source>
        <translation>Audit-Einträge {first}–{last}</translation>
    </message>
    <message>
        <source>{entries} altered</source>
        <translation>{entries} verändert</translation>
    </message>
    <message>
        <source>{entries} missing or altered</source>
        <translation>{entries} fehlen oder wurden verändert</translation>
    </message>
    <message>
        <source>{entries} altered or out of order</source>
        <translation>{entries} verändert oder nicht in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <source>audit entries up to {id} rewritten</source>
        <translation>Audit-Einträge bis {id} neu geschrieben</translation>
    </message>
    <message>
        <source>{what} ({source} names entry {id})</source>
        <translation>{what} ({source} nennt Eintrag {id})</translation>
    </message>
</context>
<context>
    <name>ImportedSeals</name>
    <message>
        <source>its signature made in another logbook (by {signer}) does not hold</source>
        <translation>ihre in einem anderen Logbuch geleistete Signatur (von {signer}) ist nicht gültig</translation>
    </message>
    <message>
        <source>the signature of amendment {id}, made in another logbook, does not hold</source>
        <translation>die in einem anderen Logbuch geleistete Signatur der Änderung {id} ist nicht gültig</translation>
    </message>
    <message>
        <source>reads otherwise than the record signed in the other logbook</source>
        <translation>weicht von dem im anderen Logbuch signierten Datensatz ab</translation>
    </message>
    <message>
        <source>the proof kept at its import cannot be read ({error})</source>
        <translation>der beim Import aufbewahrte Nachweis kann nicht gelesen werden ({error})</translation>
    </message>
</context>
<context>
    <name>SessionCheck</name>
    <message>
        <source>session {id}: {problem}</source>
        <translation>Sitzung {id}: {problem}</translation>
    </message>
    <message>
        <source>signed by {signer} on {when}</source>
        <translation>signiert von {signer} am {when}</translation>
    </message>
    <message>
        <source>{what} names a signing key the logbook does not have</source>
        <translation>{what} nennt einen Signaturschlüssel, den das Logbuch nicht hat</translation>
    </message>
    <message>
        <source>{what} was made with the key of {owner}, not {signer}</source>
        <translation>{what} wurde mit dem Schlüssel von {owner} geleistet, nicht von {signer}</translation>
    </message>
    <message>
        <source>{what} was made with a key of {signer} not valid at that time</source>
        <translation>{what} wurde mit einem Schlüssel von {signer} geleistet, der zu diesem Zeitpunkt nicht gültig war</translation>
    </message>
    <message>
        <source>{signed}, now shown as a draft</source>
        <translation>{signed}, jetzt als Entwurf angezeigt</translation>
    </message>
    <message>
        <source>its signature</source>
        <translation>ihre Signatur</translation>
    </message>
    <message>
        <source>the signature ({by}) does not hold</source>
        <translation>die Signatur ({by}) ist nicht gültig</translation>
    </message>
    <message>
        <source>shows it was signed by {signer} on {when}, but it was {by}</source>
        <translation>zeigt eine Signatur von {signer} am {when}, wurde aber {by}</translation>
    </message>
    <message>
        <source>{signed}, sealed at the import</source>
        <translation>{signed}, beim Import versiegelt</translation>
    </message>
    <message>
        <source>{signed}, sealed at the upgrade</source>
        <translation>{signed}, bei der Aktualisierung versiegelt</translation>
    </message>
    <message>
        <source>marked signed by {signer} on {when} without a signature</source>
        <translation>als signiert von {signer} am {when} markiert, ohne Signatur</translation>
    </message>
    <message>
        <source>amendment {id} ({label}, {when})</source>
        <translation>Änderung {id} ({label}, {when})</translation>
    </message>
    <message>
        <source>{what} is not signed</source>
        <translation>{what} ist nicht signiert</translation>
    </message>
    <message>
        <source>the signature of {what} by {signer} does not hold</source>
        <translation>die Signatur von {what} durch {signer} ist nicht gültig</translation>
    </message>
    <message>
        <source>{what} shows {shown}, but it was signed by {signer}</source>
        <translation>{what} zeigt {shown}, wurde aber von {signer} signiert</translation>
    </message>
    <message>
        <source>{what} does not follow the record it amends (changed before it)</source>
        <translation>{what} folgt nicht auf den Datensatz, den sie ändert (davor verändert)</translation>
    </message>
    <message>
        <source>amendment {id}, signed by {signer}, is missing</source>
        <translation>Änderung {id}, signiert von {signer}, fehlt</translation>
    </message>
    <message>
        <source>changed after it was {by}</source>
        <translation>verändert, nachdem sie {by} wurde</translation>
    </message>
</context>
</TS>
