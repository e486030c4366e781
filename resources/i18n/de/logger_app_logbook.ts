<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AdminOnly</name>
    <message>
        <source>encrypt the logbook&apos;s photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>make a new recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erase a client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the safety rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the clinic&apos;s details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the consent text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose administrators</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reset a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change the logbook&apos;s settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a practitioner</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Clients</name>
    <message>
        <source>Type the client&apos;s full name exactly as it is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Courses</name>
    <message>
        <source>A course stays with its client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>History</name>
    <message>
        <source>A treatment stays with its client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the source the values come from.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Identity</name>
    <message>
        <source>There is no practitioner named {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no passphrase yet: choose one to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase of {name} was reset by an administrator: choose your own to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has a passphrase already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a passphrase other than the old one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to sign: a signature is made with your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the logbook&apos;s administrator can {doing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logbook needs at least one administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after {low} to {high} idle minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of {name} is damaged: an administrator can reset the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase is not right. Wait {wait} seconds before the next try.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key of {name} does not match their profile&apos;s public key: an administrator can reset the passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no passphrase yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>This logbook is not encrypted: it has no recovery sheet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Practitioners</name>
    <message>
        <source>Only the logbook&apos;s administrator can change another practitioner&apos;s profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the logbook&apos;s administrator can change a maximum depth.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sessions</name>
    <message>
        <source>A session stays with its client.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
