<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>planner::MainWindow</name>
        <message numerus="yes">
            <source>%n track(s)</source>
            <translation>
                <numerusform>%n track</numerusform>
                <numerusform>%n tracks</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>planner::SessionListing</name>
        <message numerus="yes">
            <source>%n session(s) added</source>
            <translation>
                <numerusform>%n session added</numerusform>
                <numerusform>%n sessions added</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n updated</source>
            <comment>sessions</comment>
            <translation>
                <numerusform>%n updated</numerusform>
                <numerusform>%n updated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unchanged</source>
            <comment>sessions</comment>
            <translation>
                <numerusform>%n unchanged</numerusform>
                <numerusform>%n unchanged</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n removed from the programme</source>
            <comment>sessions</comment>
            <translation>
                <numerusform>%n removed from the programme</numerusform>
                <numerusform>%n removed from the programme</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>planner::TrackTreeModel</name>
        <message numerus="yes">
            <source>%1 (%n session(s))</source>
            <comment>track name, then how many sessions it holds</comment>
            <translation>
                <numerusform>%1 (%n session)</numerusform>
                <numerusform>%1 (%n sessions)</numerusform>
            </translation>
        </message>
    </context>
</TS>
