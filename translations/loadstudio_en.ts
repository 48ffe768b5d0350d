<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>PdfReport</name>
    <message numerus="yes">
        <source>%1 ran %n phase(s) against %2: %3. %4 requests in all; the highest throughput was %5 req/s (%6).</source>
        <translation>
            <numerusform>%1 ran %n phase against %2: %3. %4 requests in all; the highest throughput was %5 req/s (%6).</numerusform>
            <numerusform>%1 ran %n phases against %2: %3. %4 requests in all; the highest throughput was %5 req/s (%6).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultText</name>
    <message numerus="yes">
        <source>All %n target(s) met</source>
        <translation>
            <numerusform>%n target met</numerusform>
            <numerusform>All %n targets met</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 req/s, at most %n user(s)</source>
        <translation>
            <numerusform>%1 req/s, at most %n user</numerusform>
            <numerusform>%1 req/s, at most %n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ls::ComparePage</name>
    <message numerus="yes">
        <source>%1: %n run(s)</source>
        <translation>
            <numerusform>%1: %n run</numerusform>
            <numerusform>%1: %n runs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of phase %2 across %n run(s) of %3</source>
        <translation>
            <numerusform>%1 of phase %2 across %n run of %3</numerusform>
            <numerusform>%1 of phase %2 across %n runs of %3</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ls::EstimatePanel</name>
    <message numerus="yes">
        <source>Total suite time: %1 (%n phase(s) with ramp-ups, graceful stops and pauses)</source>
        <translation>
            <numerusform>Total suite time: %1 (%n phase with ramp-up, graceful stop and pauses)</numerusform>
            <numerusform>Total suite time: %1 (%n phases with ramp-ups, graceful stops and pauses)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n user(s) / (%1 ms latency + %2 ms mean think time)</source>
        <translation>
            <numerusform>%n user / (%1 ms latency + %2 ms mean think time)</numerusform>
            <numerusform>%n users / (%1 ms latency + %2 ms mean think time)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ls::HeaderTableModel</name>
    <message numerus="yes">
        <source>Remove %n headers from %1</source>
        <translation>
            <numerusform>Remove %n header from %1</numerusform>
            <numerusform>Remove %n headers from %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ls::PhaseTableModel</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Add %n phases</source>
        <translation>
            <numerusform>Add %n phase</numerusform>
            <numerusform>Add %n phases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n phases</source>
        <translation>
            <numerusform>Remove %n phase</numerusform>
            <numerusform>Remove %n phases</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ls::PlanPage</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ls::ProblemsPanel</name>
    <message numerus="yes">
        <source>⚠ %n warning(s): the plan can run, but have a look.</source>
        <translation>
            <numerusform>⚠ %n warning: the plan can run, but have a look.</numerusform>
            <numerusform>⚠ %n warnings: the plan can run, but have a look.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ls::ResultsPage</name>
    <message numerus="yes">
        <source>transport %1, %n worker thread(s)</source>
        <translation>
            <numerusform>transport %1, %n worker thread</numerusform>
            <numerusform>transport %1, %n worker threads</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ls::RunPage</name>
    <message numerus="yes">
        <source>This run sends load to %1, which is not this machine.

Up to %n virtual user(s) at once. Run only against systems you are allowed to test.</source>
        <translation>
            <numerusform>This run sends load to %1, which is not this machine.

Up to %n virtual user at once. Run only against systems you are allowed to test.</numerusform>
            <numerusform>This run sends load to %1, which is not this machine.

Up to %n virtual users at once. Run only against systems you are allowed to test.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ls::ScenarioTableModel</name>
    <message numerus="yes">
        <source>Add %n scenarios</source>
        <translation>
            <numerusform>Add %n scenario</numerusform>
            <numerusform>Add %n scenarios</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Remove %n scenarios</source>
        <translation>
            <numerusform>Remove %n scenario</numerusform>
            <numerusform>Remove %n scenarios</numerusform>
        </translation>
    </message>
</context>
</TS>
