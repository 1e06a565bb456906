<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Exchange</name>
        <message numerus="yes">
            <source>Exported %n article(s) to {0}</source>
            <translation>
                <numerusform>Exported %n article to {0}</numerusform>
                <numerusform>Exported %n articles to {0}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exporting %n article(s)…</source>
            <translation>
                <numerusform>Exporting %n article…</numerusform>
                <numerusform>Exporting %n articles…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>LibraryPanel</name>
        <message numerus="yes">
            <location filename="../../app/panels/library.py" line="179" />
            <source>%n article(s) found</source>
            <translation>
                <numerusform>%n article found</numerusform>
                <numerusform>%n articles found</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/library.py" line="181" />
            <source>The newest {0} of %n article(s)</source>
            <translation>
                <numerusform>The newest {0} of %n article</numerusform>
                <numerusform>The newest {0} of %n articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/library.py" line="184" />
            <source>%n article(s)</source>
            <translation>
                <numerusform>%n article</numerusform>
                <numerusform>%n articles</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message numerus="yes">
            <location filename="../../app/window.py" line="629" />
            <source>%n mention(s)</source>
            <translation>
                <numerusform>%n mention</numerusform>
                <numerusform>%n mentions</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReaderController</name>
        <message numerus="yes">
            <source>%n mention(s)</source>
            <translation>
                <numerusform>%n mention</numerusform>
                <numerusform>%n mentions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0}: %n mention(s) — F3 for the next</source>
            <translation>
                <numerusform>{0}: %n mention — F3 for the next</numerusform>
                <numerusform>{0}: %n mentions — F3 for the next</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpeakersPanel</name>
        <message numerus="yes">
            <location filename="../../app/panels/speakers.py" line="110" />
            <source>%n statement(s)</source>
            <translation>
                <numerusform>%n statement</numerusform>
                <numerusform>%n statements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/speakers.py" line="143" />
            <source>Show all %n statement(s)</source>
            <translation>
                <numerusform>Show the %n statement</numerusform>
                <numerusform>Show all %n statements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../app/panels/speakers.py" line="270" />
            <source>Show %n more speaker(s)</source>
            <translation>
                <numerusform>Show %n more speaker</numerusform>
                <numerusform>Show %n more speakers</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpeakerTimeline</name>
        <message numerus="yes">
            <source>%n statement(s)</source>
            <translation>
                <numerusform>%n statement</numerusform>
                <numerusform>%n statements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{0}: %n statement(s)</source>
            <translation>
                <numerusform>{0}: %n statement</numerusform>
                <numerusform>{0}: %n statements</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SpeakerView</name>
        <message numerus="yes">
            <source>%n statement(s)</source>
            <translation>
                <numerusform>%n statement</numerusform>
                <numerusform>%n statements</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>in %n article(s)</source>
            <translation>
                <numerusform>in %n article</numerusform>
                <numerusform>in %n articles</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n statement(s) without a date of their own are not on the timeline (listed by their import date, in italics)</source>
            <translation>
                <numerusform>%n statement without a date of its own is not on the timeline (listed by its import date, in italics)</numerusform>
                <numerusform>%n statements without a date of their own are not on the timeline (listed by their import date, in italics)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatementsModel</name>
        <message numerus="yes">
            <source>%n other(s); first {0}, {1}</source>
            <translation>
                <numerusform>%n other; first {0}, {1}</numerusform>
                <numerusform>%n others; first {0}, {1}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>first; %n other(s)</source>
            <translation>
                <numerusform>first; %n other</numerusform>
                <numerusform>first; %n others</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The same words in %n statement(s), earliest first:</source>
            <translation>
                <numerusform>The same words in %n statement:</numerusform>
                <numerusform>The same words in %n statements, earliest first:</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Byline</name>
        <message numerus="yes">
            <source>Older versions (%n)…</source>
            <translation>
                <numerusform>Older version (%n)…</numerusform>
                <numerusform>Older versions (%n)…</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VersionsDialog</name>
        <message numerus="yes">
            <source>Until {0} · %n word(s)</source>
            <translation>
                <numerusform>Until {0} · %n word</numerusform>
                <numerusform>Until {0} · %n words</numerusform>
            </translation>
        </message>
    </context>
</TS>
