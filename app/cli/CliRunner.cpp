#include "CliRunner.h"
#include "Exports.h"

#include "DemoTarget.h"
#include "LoadEngine.h"
#include "PlanJson.h"
#include "Report.h"
#include "TextSummary.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>

#include <csignal>
#include <cstdio>
#include <unistd.h>

namespace ls::cli {

void printOut(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void printErr(const QString &text)
{
    const QByteArray bytes = text.toLocal8Bit();
    std::fwrite(bytes.constData(), 1, std::size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

namespace {

constexpr int reportFlushIntervalMs = 10'000;

// Signals arrive on a pipe so that they are handled in the event loop, not in the signal handler.
int signalPipe[2] = {-1, -1};

void onSignal(int signal)
{
    const char byte = char(signal);
    [[maybe_unused]] const auto written = ::write(signalPipe[1], &byte, 1);
}

class SignalWatcher
{
public:
    template <typename Handler> explicit SignalWatcher(Handler handler)
    {
        if (::pipe(signalPipe) != 0)
            return;
        m_notifier = std::make_unique<QSocketNotifier>(signalPipe[0], QSocketNotifier::Read);
        QObject::connect(m_notifier.get(), &QSocketNotifier::activated, m_notifier.get(), [handler] {
            char byte = 0;
            if (::read(signalPipe[0], &byte, 1) == 1)
                handler(int(byte));
        });
        std::signal(SIGINT, onSignal);
        std::signal(SIGTERM, onSignal);
    }
    ~SignalWatcher()
    {
        std::signal(SIGINT, SIG_DFL);
        std::signal(SIGTERM, SIG_DFL);
        m_notifier.reset();
        ::close(signalPipe[0]);
        ::close(signalPipe[1]);
    }

private:
    std::unique_ptr<QSocketNotifier> m_notifier;
};

QString signalName(int signal)
{
    return signal == SIGINT    ? QStringLiteral("SIGINT")
           : signal == SIGTERM ? QStringLiteral("SIGTERM")
                               : QString::number(signal);
}

std::optional<Plan> loadPlan(const QString &path, bool printWarnings)
{
    const PlanParseResult result = loadPlanFile(path);
    for (const Diagnostic &d : result.diagnostics) {
        if (d.severity == Diagnostic::Severity::Error || printWarnings)
            printErr(d.toString() + QLatin1Char('\n'));
    }
    return result.plan;
}

QString progressLine(const RunProgress &p)
{
    const TimelinePoint &s = p.lastSecond;
    return QStringLiteral("[%1/%2] %3  %4/%5  run ETA %6  |  %7 req/s  p95 %8 ms  users %9  errors %10 (%11%)")
        .arg(p.phase + 1)
        .arg(p.phaseCount)
        .arg(p.phaseName, formatDuration(p.phaseElapsedS), formatDuration(p.phasePlannedS),
             formatDuration(p.runRemainingS))
        .arg(s.rps, 0, 'f', 0)
        .arg(s.p95Ms, 0, 'f', 1)
        .arg(s.activeUsers)
        .arg(p.phaseFailures)
        .arg(p.phaseRequests ? 100.0 * double(p.phaseFailures) / double(p.phaseRequests) : 0.0, 0, 'f', 2);
}

QString defaultReportPath(const Plan &plan)
{
    QString name = plan.name.toLower();
    for (QChar &c : name) {
        if (!c.isLetterOrNumber())
            c = QLatin1Char('-');
    }
    return QStringLiteral("loadstudio-report-%1-%2.json")
        .arg(name, QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

int runPlan(Plan plan, const CliOptions &options)
{
    std::unique_ptr<DemoTarget> demo;
    if (options.withDemoTarget) {
        demo = std::make_unique<DemoTarget>();
        QString error;
        if (!demo->start(&error)) {
            printErr(QStringLiteral("demo target: %1\n").arg(error));
            return ExitInternalError;
        }
        plan.baseUrl = demo->baseUrl();
        if (!options.quiet)
            printErr(QStringLiteral("Built-in demo target listening on %1\n").arg(plan.baseUrl));
    } else if (!options.baseUrl.isEmpty()) {
        plan.baseUrl = options.baseUrl;
    }

    const QString outPath = options.outPath.isEmpty() ? defaultReportPath(plan) : options.outPath;
    // Find out now, not after an hour of load, that the report cannot be written.
    const QFileInfo outDir(QFileInfo(outPath).absolutePath());
    if (!outDir.isDir() || !outDir.isWritable()) {
        printErr(QStringLiteral("--out %1: the folder %2 does not exist or is not writable\n")
                     .arg(outPath, outDir.absoluteFilePath()));
        return ExitUsage;
    }
    LoadEngine engine(plan, RunOptions{options.phases, options.workers, options.withDemoTarget});
    const bool terminal = ::isatty(STDERR_FILENO) == 1;
    QString reportError;
    auto writeReport = [&] {
        if (!writeReportFile(engine.report(), outPath, &reportError))
            printErr(QStringLiteral("cannot write the report: %1\n").arg(reportError));
    };

    QObject::connect(&engine, &LoadEngine::phaseStarted, &engine, [&](int phase) {
        if (options.quiet)
            return;
        const Phase &p = engine.runPhase(phase);
        printErr(QStringLiteral("%1Phase %2: %3, ramp-up %4 s, duration %5 s\n")
                     .arg(terminal ? QStringLiteral("\r\033[K") : QString(), p.name, describeLoad(p))
                     .arg(p.rampUpS)
                     .arg(p.durationS));
    });
    int progressCount = 0;
    QObject::connect(&engine, &LoadEngine::progress, &engine, [&](const RunProgress &p) {
        if (options.quiet)
            return;
        if (terminal)
            printErr(QStringLiteral("\r\033[K") + progressLine(p));
        else if (++progressCount % 5 == 0) // plain lines every 5 s keep logs readable
            printErr(progressLine(p) + QLatin1Char('\n'));
    });
    QObject::connect(&engine, &LoadEngine::phaseFinished, &engine, [&](int) {
        if (terminal && !options.quiet)
            printErr(QStringLiteral("\r\033[K"));
        writeReport();
    });
    QTimer flushTimer;
    flushTimer.setInterval(reportFlushIntervalMs);
    QObject::connect(&flushTimer, &QTimer::timeout, &engine, writeReport);
    QObject::connect(&engine, &LoadEngine::finished, &engine, [] { QCoreApplication::exit(0); });

    SignalWatcher signals([&](int signal) {
        printErr(QStringLiteral("\n%1 received: stopping (in-flight requests get the graceful stop; send it again "
                                "to abort them now)\n")
                     .arg(signalName(signal)));
        engine.stop(QStringLiteral("stopped by %1").arg(signalName(signal)));
    });

    QString error;
    if (!engine.start(&error)) {
        printErr(QStringLiteral("%1: %2\n").arg(options.planPath, error));
        return ExitUsage;
    }
    flushTimer.start();
    QCoreApplication::exec();
    flushTimer.stop();

    const RunReport report = engine.report();
    if (!writeReportFile(report, outPath, &reportError)) {
        printErr(QStringLiteral("cannot write the report: %1\n").arg(reportError));
        return ExitInternalError;
    }
    printOut(formatSummaryTable(report));
    printOut(QStringLiteral("Report: %1\n").arg(outPath));
    if (!writeExports(report, options))
        return ExitInternalError;
    if (report.aborted)
        return ExitAborted;
    return report.verdict == Verdict::Fail ? ExitTargetFailed : ExitOk;
}

int validate(const CliOptions &options)
{
    const PlanParseResult result = loadPlanFile(options.planPath);
    for (const Diagnostic &d : result.diagnostics)
        printErr(d.toString() + QLatin1Char('\n'));
    if (!result.plan)
        return ExitUsage;
    const Plan &plan = *result.plan;
    const std::vector<double> shares = plan.scenarioShares();
    QString text = QStringLiteral("%1: valid plan \"%2\" against %3\n").arg(options.planPath, plan.name, plan.baseUrl);
    text += QStringLiteral("  %1 scenarios:\n").arg(plan.scenarios.size());
    for (std::size_t i = 0; i < plan.scenarios.size(); ++i) {
        const Scenario &s = plan.scenarios[i];
        text += QStringLiteral("    %1 %2 %3  weight %4 = %5%\n")
                    .arg(s.name.leftJustified(24), s.method.leftJustified(6), s.path)
                    .arg(s.weight)
                    .arg(shares[i], 0, 'f', 1);
    }
    text += QStringLiteral("  %1 phases:\n").arg(plan.phases.size());
    for (const Phase &p : plan.phases) {
        text += QStringLiteral("    %1 %2  ramp-up %3 s, duration %4 s\n")
                    .arg(p.name.leftJustified(24), describeLoad(p))
                    .arg(p.rampUpS)
                    .arg(p.durationS);
    }
    text += QStringLiteral("  estimated run time: %1\n").arg(formatDuration(plan.totalDurationS()));
    printOut(text);
    return ExitOk;
}

int serveDemoTarget(const CliOptions &options)
{
    DemoTargetConfig config;
    config.port = quint16(options.port);
    for (const QString &setting : options.demoSettings) {
        const qsizetype eq = setting.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            printErr(QStringLiteral("--set %1: expected KEY=VALUE\n").arg(setting));
            return ExitUsage;
        }
        const QString key = setting.left(eq);
        const QString value = setting.mid(eq + 1);
        // Numbers and booleans as JSON values, everything else (latency specs) as strings.
        QJsonValue json(value);
        bool isNumber = false;
        const double number = value.toDouble(&isNumber);
        if (isNumber && !value.contains(QLatin1Char('-')))
            json = number;
        else if (value == QLatin1String("true") || value == QLatin1String("false"))
            json = value == QLatin1String("true");
        QString error;
        if (!config.applyJson(QJsonObject{{key, json}}, &error)) {
            printErr(QStringLiteral("--set %1: %2\n").arg(setting, error));
            return ExitUsage;
        }
    }
    DemoTarget target(config);
    QString error;
    if (!target.start(&error)) {
        printErr(QStringLiteral("demo target: %1\n").arg(error));
        return ExitInternalError;
    }
    printOut(QStringLiteral("Load Studio demo target listening on %1 (Ctrl-C to stop)\n").arg(target.baseUrl()));
    SignalWatcher signals([](int) { QCoreApplication::exit(0); });
    QCoreApplication::exec();
    const DemoTargetStats stats = target.stats();
    printOut(QStringLiteral("Served %1 requests.\n").arg(stats.requests));
    return ExitOk;
}

} // namespace

int execute(const CliOptions &options)
{
    switch (options.command) {
    case Command::Help:
        printOut(usageText());
        return ExitOk;
    case Command::Version:
        printOut(QStringLiteral("loadstudio-cli %1 (Qt %2)\n")
                     .arg(QStringLiteral(LOADSTUDIO_VERSION), QLatin1String(qVersion())));
        return ExitOk;
    case Command::Validate:
        return validate(options);
    case Command::Run: {
        auto plan = loadPlan(options.planPath, !options.quiet);
        if (!plan)
            return ExitUsage;
        return runPlan(std::move(*plan), options);
    }
    case Command::Demo: {
        auto plan = loadPlan(QStringLiteral(":/plans/demo.json"), true);
        if (!plan)
            return ExitInternalError;
        CliOptions demoOptions = options;
        demoOptions.withDemoTarget = true;
        demoOptions.planPath = QStringLiteral("demo.json");
        return runPlan(std::move(*plan), demoOptions);
    }
    case Command::DemoTarget:
        return serveDemoTarget(options);
    case Command::Compare:
        return compareReports(options);
    case Command::Import:
        return importFile(options);
    case Command::Report:
        return exportFromReport(options);
    }
    return ExitInternalError;
}

} // namespace ls::cli
