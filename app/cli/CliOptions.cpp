#include "CliOptions.h"

#include <QCommandLineParser>

#include <algorithm>

namespace ls::cli {

QString usageText()
{
    return QStringLiteral(
        "Usage: loadstudio-cli COMMAND [OPTIONS]\n"
        "\n"
        "Commands:\n"
        "  run PLAN.json        Run a load-test plan and write its report\n"
        "      --phase NAME       run only this phase (repeatable; plan order is kept)\n"
        "      --out FILE         report file (default: loadstudio-report-<plan>-<time>.json)\n"
        "      --quiet            no progress line, only the summary\n"
        "      --workers N        load-generating threads (default: one per core)\n"
        "      --base-url URL     send to this base URL instead of the plan's\n"
        "      --demo-target      start the built-in demo target and send to it\n"
        "      --junit FILE       also write JUnit XML: a test case per phase target, FAIL as a failure\n"
        "      --timeline-csv FILE, --scenarios-csv FILE\n"
        "                         also write the per-second timeline / the per-scenario table as CSV\n"
        "      --hlog FILE        also write the HdrHistogram interval log (per second, tagged by phase)\n"
        "  report REPORT.json   Export a saved report: --junit, --timeline-csv, --scenarios-csv, --hlog FILE,\n"
        "      --pdf FILE         the management report as PDF (no display needed)\n"
        "      --compare BASE.json  with --pdf: add a comparison with an earlier run\n"
        "  validate PLAN.json   Check a plan and list every problem with its place\n"
        "  demo [--out FILE]    Run the bundled demo plan against the built-in demo target\n"
        "  demo-target          Serve the built-in demo target until Ctrl-C\n"
        "      --port N           port on 127.0.0.1 (default 8089; 0 picks a free one)\n"
        "      --set KEY=VALUE    configuration, e.g. --set latency=20 --set error_rate_percent=1\n"
        "                         --set downstream_offline=true (see docs/demo-target.md)\n"
        "  compare BASE NEW     Compare two runs phase by phase (reports, or files import reads)\n"
        "      --pair B=N         pair phase B of BASE with phase N of NEW (repeatable; default: by name)\n"
        "      --fail-on-regression PCT\n"
        "                         exit 5 when a metric got significantly worse by more than PCT percent\n"
        "  import FILE -o REPORT.json\n"
        "                       Convert JMeter (JTL CSV/XML), k6 (JSON lines, summary export) or seed-template\n"
        "                       results into a Load Studio report\n"
        "      --format ID        jtl-csv, jtl-xml, k6-json, k6-summary, seed (default: detected)\n"
        "  --lang de|en         language of the PDF report and numbers (default: the system's)\n"
        "  --help, --version\n"
        "\n"
        "Exit codes: 0 all targets PASS or WARN; 3 a target FAILed; 4 aborted (abort_on_critical or a signal);\n"
        "5 compare found a regression beyond --fail-on-regression; 2 usage error, invalid plan or unreadable\n"
        "file; 1 internal error.\n");
}

namespace {

ParseOutcome usageError(const QString &message)
{
    return {std::nullopt, message};
}

ParseOutcome plainCommand(Command command)
{
    CliOptions options;
    options.command = command;
    return {options, {}};
}

} // namespace

bool needsGuiApplication(const CliOptions &options)
{
    return options.command == Command::Report && !options.pdfPath.isEmpty();
}

ParseOutcome parseArguments(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return plainCommand(Command::Help);
    const QString command = arguments.at(1);
    CliOptions options;
    if (command == QLatin1String("--help") || command == QLatin1String("-h") || command == QLatin1String("help"))
        return plainCommand(Command::Help);
    if (command == QLatin1String("--version") || command == QLatin1String("-v"))
        return plainCommand(Command::Version);

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption phase(QStringLiteral("phase"), QString(), QStringLiteral("NAME"));
    const QCommandLineOption out(QStringLiteral("out"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption quiet(QStringLiteral("quiet"));
    const QCommandLineOption workers(QStringLiteral("workers"), QString(), QStringLiteral("N"));
    const QCommandLineOption baseUrl(QStringLiteral("base-url"), QString(), QStringLiteral("URL"));
    const QCommandLineOption demoTarget(QStringLiteral("demo-target"));
    const QCommandLineOption port(QStringLiteral("port"), QString(), QStringLiteral("N"), QStringLiteral("8089"));
    const QCommandLineOption set(QStringLiteral("set"), QString(), QStringLiteral("KEY=VALUE"));
    const QCommandLineOption failOn(QStringLiteral("fail-on-regression"), QString(), QStringLiteral("PCT"));
    const QCommandLineOption pair(QStringLiteral("pair"), QString(), QStringLiteral("B=N"));
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("ID"), QStringLiteral("auto"));
    const QCommandLineOption junit(QStringLiteral("junit"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption timelineCsv(QStringLiteral("timeline-csv"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption scenariosCsv(QStringLiteral("scenarios-csv"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption hlog(QStringLiteral("hlog"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption lang(QStringLiteral("lang"), QString(), QStringLiteral("LANG"));
    const QCommandLineOption pdf(QStringLiteral("pdf"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption compareWith(QStringLiteral("compare"), QString(), QStringLiteral("BASE"));
    const QCommandLineOption importOut(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QString(),
                                       QStringLiteral("FILE"));

    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.at(0));
    // Every option is known to the parser, so a misplaced one gets a clear message rather than "unknown".
    parser.addOptions({phase, out, quiet, workers, baseUrl, demoTarget, port, set, failOn, pair, format, importOut,
                       junit, timelineCsv, scenariosCsv, pdf, compareWith, lang, hlog});
    QList<QCommandLineOption> allowed;
    if (command == QLatin1String("run")) {
        options.command = Command::Run;
        allowed = {phase, out, quiet, workers, baseUrl, demoTarget, junit, timelineCsv, scenariosCsv, hlog};
    } else if (command == QLatin1String("validate")) {
        options.command = Command::Validate;
    } else if (command == QLatin1String("demo")) {
        options.command = Command::Demo;
        allowed = {out, quiet, workers};
    } else if (command == QLatin1String("demo-target")) {
        options.command = Command::DemoTarget;
        allowed = {port, set};
    } else if (command == QLatin1String("compare")) {
        options.command = Command::Compare;
        allowed = {failOn, pair};
    } else if (command == QLatin1String("report")) {
        options.command = Command::Report;
        allowed = {junit, timelineCsv, scenariosCsv, pdf, compareWith, hlog};
    } else if (command == QLatin1String("import")) {
        options.command = Command::Import;
        allowed = {format, importOut, out};
    } else {
        return usageError(QStringLiteral("unknown command \"%1\"").arg(command));
    }
    if (!parser.parse(rest))
        return usageError(parser.errorText());
    allowed << lang; // every command
    if (parser.isSet(lang)) {
        options.language = parser.value(lang);
        if (options.language != QLatin1String("de") && options.language != QLatin1String("en"))
            return usageError(QStringLiteral("--lang: expected de or en"));
    }
    for (const QString &name : parser.optionNames()) {
        const bool ok = std::any_of(allowed.begin(), allowed.end(),
                                    [&](const QCommandLineOption &o) { return o.names().contains(name); });
        if (!ok)
            return usageError(QStringLiteral("--%1 is not an option of %2").arg(name, command));
    }

    const QStringList positional = parser.positionalArguments();
    options.junitPath = parser.value(junit);
    options.timelineCsvPath = parser.value(timelineCsv);
    options.scenariosCsvPath = parser.value(scenariosCsv);
    options.hlogPath = parser.value(hlog);
    if (options.command == Command::Report) {
        if (positional.size() != 1)
            return usageError(QStringLiteral("report needs exactly one report file"));
        options.pdfPath = parser.value(pdf);
        options.pdfComparedWith = parser.value(compareWith);
        if (options.junitPath.isEmpty() && options.timelineCsvPath.isEmpty() && options.scenariosCsvPath.isEmpty() &&
            options.pdfPath.isEmpty() && options.hlogPath.isEmpty())
            return usageError(
                QStringLiteral("report needs at least one of --pdf, --junit, --timeline-csv, --scenarios-csv, --hlog"));
        if (!options.pdfComparedWith.isEmpty() && options.pdfPath.isEmpty())
            return usageError(QStringLiteral("--compare goes with --pdf"));
        options.files = positional;
        return {options, {}};
    }
    if (options.command == Command::Compare || options.command == Command::Import) {
        const qsizetype wanted = options.command == Command::Compare ? 2 : 1;
        if (positional.size() != wanted)
            return usageError(options.command == Command::Compare ? QStringLiteral("compare needs two files: BASE NEW")
                                                                  : QStringLiteral("import needs one file"));
        options.files = positional;
        options.pairs = parser.values(pair);
        options.importFormat = parser.value(format);
        options.outPath = parser.isSet(importOut) ? parser.value(importOut) : parser.value(out);
        if (options.command == Command::Import && options.outPath.isEmpty())
            return usageError(QStringLiteral("import needs -o REPORT.json"));
        if (parser.isSet(failOn)) {
            bool ok = false;
            options.failOnRegression = parser.value(failOn).toDouble(&ok);
            if (!ok || options.failOnRegression < 0)
                return usageError(QStringLiteral("--fail-on-regression: expected a percentage, e.g. 10"));
        }
        return {options, {}};
    }
    const bool needsPlan = options.command == Command::Run || options.command == Command::Validate;
    if (needsPlan && positional.size() != 1)
        return usageError(QStringLiteral("%1 needs exactly one plan file").arg(command));
    if (!needsPlan && !positional.isEmpty())
        return usageError(QStringLiteral("unexpected argument \"%1\"").arg(positional.first()));
    if (needsPlan)
        options.planPath = positional.first();

    options.phases = parser.values(phase);
    options.outPath = parser.value(out);
    options.quiet = parser.isSet(quiet);
    options.baseUrl = parser.value(baseUrl);
    options.withDemoTarget = parser.isSet(demoTarget);
    options.demoSettings = parser.values(set);
    if (parser.isSet(workers)) {
        bool ok = false;
        options.workers = parser.value(workers).toInt(&ok);
        if (!ok || options.workers < 1 || options.workers > 256)
            return usageError(QStringLiteral("--workers: expected a whole number from 1 to 256"));
    }
    if (options.command == Command::DemoTarget) {
        bool ok = false;
        options.port = parser.value(port).toInt(&ok);
        if (!ok || options.port < 0 || options.port > 65535)
            return usageError(QStringLiteral("--port: expected a port number from 0 to 65535"));
    }
    if (options.withDemoTarget && !options.baseUrl.isEmpty())
        return usageError(QStringLiteral("--demo-target and --base-url exclude each other"));
    return {options, {}};
}

} // namespace ls::cli
