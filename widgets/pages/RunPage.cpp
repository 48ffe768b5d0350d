#include "RunPage.h"

#include "DemoTarget.h"
#include "ErrorTableModel.h"
#include "GeneratorHealth.h"
#include "KpiTile.h"
#include "LiveMetrics.h"
#include "LoadEngine.h"
#include "PageWidgets.h"
#include "PhaseResultModel.h"
#include "PlanDocument.h"
#include "ResultText.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTableView>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace ls {

namespace {

enum TargetChoice
{
    PlanBaseUrl = 0,
    BuiltInDemoTarget = 1,
};

// The reason written into the report; reports are data, so it is not translated.
const QString stoppedByUser = QStringLiteral("stopped by user");

QStringList itemTexts(const QComboBox *combo)
{
    QStringList texts;
    for (int i = 0; i < combo->count(); ++i)
        texts << combo->itemText(i);
    return texts;
}

// The plan with only the named phases, for estimates of what is about to run.
Plan withPhases(Plan plan, const QStringList &phases)
{
    if (!phases.isEmpty()) {
        std::erase_if(plan.phases, [&](const Phase &p) { return !phases.contains(p.name); });
    }
    return plan;
}

} // namespace

RunPage::RunPage(PlanDocument *document, QWidget *parent) : QWidget(parent), m_document(document)
{
    setObjectName(QStringLiteral("runPage"));
    buildUi();
    connect(m_document, &PlanDocument::planChanged, this, [this] {
        refreshChoices();
        updateControls();
    });
    refreshChoices();
    updateControls();
}

RunPage::~RunPage()
{
    // The engine goes first: its workers still talk to the demo target until they are joined.
    delete m_engine;
    m_engine = nullptr;
}

void RunPage::buildUi()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    // What to run, against what.
    m_targetChoice = new QComboBox(content);
    m_targetChoice->setObjectName(QStringLiteral("targetChoice"));
    m_targetChoice->setAccessibleName(tr("Target"));
    m_targetChoice->addItem(QString(), int(PlanBaseUrl));
    m_targetChoice->addItem(QString(), int(BuiltInDemoTarget));
    m_targetChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *targetLabel = new QLabel(tr("Tar&get:"), content);
    targetLabel->setBuddy(m_targetChoice);
    m_phaseChoice = new QComboBox(content);
    m_phaseChoice->setObjectName(QStringLiteral("phaseChoice"));
    m_phaseChoice->setAccessibleName(tr("Phase to run"));
    m_phaseChoice->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *phaseLabel = new QLabel(tr("Pha&se:"), content);
    phaseLabel->setBuddy(m_phaseChoice);
    m_runAllButton = new QPushButton(tr("Run all phases"), content);
    m_runAllButton->setObjectName(QStringLiteral("runAllButton"));
    m_runAllButton->setAccessibleName(tr("Run all phases"));
    m_runPhaseButton = new QPushButton(tr("Run selected phase"), content);
    m_runPhaseButton->setObjectName(QStringLiteral("runPhaseButton"));
    m_runPhaseButton->setAccessibleName(tr("Run selected phase"));
    m_stopButton = new QPushButton(tr("Stop"), content);
    m_stopButton->setObjectName(QStringLiteral("stopButton"));
    m_stopButton->setAccessibleName(tr("Stop"));

    auto *controls = new QHBoxLayout;
    controls->addWidget(targetLabel);
    controls->addWidget(m_targetChoice);
    controls->addSpacing(12);
    controls->addWidget(phaseLabel);
    controls->addWidget(m_phaseChoice);
    controls->addStretch(1);
    controls->addWidget(m_runAllButton);
    controls->addWidget(m_runPhaseButton);
    controls->addWidget(m_stopButton);
    layout->addLayout(controls);

    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("runMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    // Where the run is.
    m_phaseLabel = new QLabel(tr("Not running"), content);
    m_phaseLabel->setObjectName(QStringLiteral("phaseLabel"));
    m_phaseProgress = new QProgressBar(content);
    m_phaseProgress->setObjectName(QStringLiteral("phaseProgress"));
    m_phaseProgress->setAccessibleName(tr("Phase progress"));
    m_phaseProgress->setRange(0, 1000);
    m_phaseProgress->setValue(0);
    m_phaseProgress->setFormat(QStringLiteral("%p%"));
    m_timeLabel = new QLabel(content);
    m_timeLabel->setObjectName(QStringLiteral("timeLabel"));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_phaseLabel);
    progressRow->addWidget(m_phaseProgress, 1);
    progressRow->addWidget(m_timeLabel);
    layout->addLayout(progressRow);

    m_kpiCaption = new QLabel(tr("Key figures appear here once a run starts."), content);
    m_kpiCaption->setObjectName(QStringLiteral("kpiCaption"));
    layout->addWidget(m_kpiCaption);
    m_generatorWarning = new QLabel(content);
    m_generatorWarning->setObjectName(QStringLiteral("generatorWarning"));
    m_generatorWarning->setWordWrap(true);
    m_generatorWarning->hide();
    layout->addWidget(m_generatorWarning);
    m_kpis = new KpiPanel(content);
    m_kpis->setObjectName(QStringLiteral("kpiPanel"));
    layout->addWidget(m_kpis);

    m_charts = new LiveRunCharts(content);
    m_charts->setObjectName(QStringLiteral("liveCharts"));
    m_phaseModel = new PhaseResultModel(this);
    m_phaseTable = makeResultTable(m_phaseModel, QStringLiteral("phaseVerdictTable"), tr("Finished phases"), content);
    m_errorModel = new ErrorTableModel(this);
    m_errorTable = makeResultTable(m_errorModel, QStringLiteral("errorTable"), tr("Errors"), content);
    auto *tables = new QSplitter(Qt::Horizontal, content);
    tables->setObjectName(QStringLiteral("runTablesSplitter"));
    tables->addWidget(captioned(tr("Finished phases"), m_phaseTable, tables));
    tables->addWidget(captioned(tr("Errors (whole run)"), m_errorTable, tables));
    tables->setChildrenCollapsible(false);
    auto *splitter = new QSplitter(Qt::Vertical, content);
    splitter->setObjectName(QStringLiteral("runSplitter"));
    splitter->addWidget(m_charts);
    splitter->addWidget(tables);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);

    // At 200 % scaling the page may not fit the window: scroll rather than squeeze or clip.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scrollable(content, QStringLiteral("runScrollArea"), this));

    setTabOrder(m_targetChoice, m_phaseChoice);
    setTabOrder(m_phaseChoice, m_runAllButton);
    setTabOrder(m_runAllButton, m_runPhaseButton);
    setTabOrder(m_runPhaseButton, m_stopButton);
    setTabOrder(m_stopButton, m_phaseTable);
    setTabOrder(m_phaseTable, m_errorTable);

    connect(m_runAllButton, &QPushButton::clicked, this, &RunPage::runAll);
    connect(m_runPhaseButton, &QPushButton::clicked, this, [this] { runPhase(m_phaseChoice->currentText()); });
    connect(m_stopButton, &QPushButton::clicked, this, &RunPage::stop);
    connect(m_targetChoice, &QComboBox::currentIndexChanged, this, [this] {
        // The demo target starts as soon as it is chosen, so its address is known and Run works at once.
        QString error;
        if (usesDemoTarget() && !ensureDemoTarget(&error))
            showMessage(tr("The built-in demo target could not start: %1").arg(error), true);
        Q_EMIT useDemoTargetChanged(usesDemoTarget());
    });
}

void RunPage::refreshChoices()
{
    const Plan &plan = m_document->plan();
    m_targetChoice->setItemText(PlanBaseUrl,
                                tr("Plan's base URL: %1").arg(plan.baseUrl.isEmpty() ? tr("(none)") : plan.baseUrl));
    m_targetChoice->setItemText(BuiltInDemoTarget, m_demo ? tr("Built-in demo target: %1").arg(m_demo->baseUrl())
                                                          : tr("Built-in demo target (started on demand)"));
    const QString selected = m_phaseChoice->currentText();
    QStringList names;
    for (const Phase &phase : plan.phases)
        names << phase.name;
    if (names != itemTexts(m_phaseChoice)) { // rebuilding an unchanged list would reset the user's choice
        m_phaseChoice->clear();
        m_phaseChoice->addItems(names);
        m_phaseChoice->setCurrentIndex(std::max(0, int(names.indexOf(selected))));
    }
}

void RunPage::updateControls()
{
    const bool running = isRunning();
    const bool hasErrors = m_document->hasErrors();
    const bool hasPhases = !m_document->plan().phases.empty();
    QString why;
    if (running)
        why = tr("A run is in progress.");
    else if (hasErrors)
        why = tr("The plan has errors; fix them first: %1").arg(m_document->firstError());
    else if (!hasPhases)
        why = tr("The plan has no phases to run.");
    const bool canRun = why.isEmpty();
    m_runAllButton->setEnabled(canRun);
    m_runPhaseButton->setEnabled(canRun && m_phaseChoice->count() > 0);
    m_runAllButton->setToolTip(canRun ? tr("Run every phase of the plan in order") : why);
    m_runPhaseButton->setToolTip(canRun ? tr("Run only the phase chosen under Phase") : why);
    m_stopButton->setEnabled(running);
    m_stopButton->setText(m_stopRequests == 0 ? tr("Stop") : tr("Abort now"));
    m_stopButton->setAccessibleName(m_stopButton->text());
    m_stopButton->setToolTip(m_stopRequests == 0
                                 ? tr("Stop gracefully: no new requests; those in flight finish or count as aborted")
                                 : tr("Abort the requests still in flight now"));
    m_targetChoice->setEnabled(!running);
    m_phaseChoice->setEnabled(!running);
    if (!running && hasErrors)
        showMessage(tr("Cannot run: %1").arg(m_document->firstError()), true);
    else if (!running && m_message->property("problem").toBool())
        showMessage({}, false);
}

void RunPage::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_message->setProperty("problem", problem && !text.isEmpty());
    QPalette pal = palette();
    if (problem)
        pal.setColor(QPalette::WindowText, ResultText::verdictColor(Verdict::Fail));
    m_message->setPalette(pal);
    m_message->setAccessibleName(text);
}

void RunPage::setUseDemoTarget(bool use)
{
    m_targetChoice->setCurrentIndex(use ? BuiltInDemoTarget : PlanBaseUrl);
}

bool RunPage::usesDemoTarget() const
{
    return m_targetChoice->currentIndex() == BuiltInDemoTarget;
}

QString RunPage::demoTargetUrl() const
{
    return m_demo ? m_demo->baseUrl() : QString();
}

void RunPage::runAll()
{
    startRun({});
}

void RunPage::runPhase(const QString &name)
{
    const int index = m_phaseChoice->findText(name);
    if (index < 0) {
        showMessage(tr("The plan has no phase named \"%1\".").arg(name), true);
        return;
    }
    m_phaseChoice->setCurrentIndex(index);
    startRun({name});
}

void RunPage::stop()
{
    if (!m_engine)
        return;
    ++m_stopRequests;
    if (m_stopRequests == 1) {
        showMessage(tr("Stopping: no new requests; those in flight get the phase's graceful stop. "
                       "Press Abort now to end them at once."),
                    false);
    } else {
        showMessage(tr("Aborting the requests still in flight…"), false);
    }
    updateControls();
    m_engine->stop(stoppedByUser); // may finish the run synchronously (between phases)
}

bool RunPage::ensureDemoTarget(QString *error)
{
    if (m_demo && m_demo->isRunning())
        return true;
    m_demo = std::make_unique<DemoTarget>();
    if (!m_demo->start(error)) {
        m_demo.reset();
        return false;
    }
    refreshChoices();
    return true;
}

bool RunPage::confirmRemoteRun(const Plan &plan, const QStringList &phases)
{
    const QString host = QUrl(plan.baseUrl).host();
    QMessageBox box(QMessageBox::Warning, tr("Send load to %1?").arg(host),
                    tr("This run sends load to %1, which is not this machine.\n\n"
                       "Up to %n virtual user(s) at once. Run only against systems you are allowed to test.",
                       nullptr, peakUsers(plan, phases))
                        .arg(host),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("remoteRunConfirmation"));
    QPushButton *run = box.addButton(tr("Run against %1").arg(host), QMessageBox::AcceptRole);
    run->setObjectName(QStringLiteral("confirmRunButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == run;
}

void RunPage::startRun(const QStringList &phases)
{
    if (isRunning())
        return;
    if (m_document->hasErrors()) {
        updateControls();
        return;
    }
    Plan plan = m_document->plan();
    if (usesDemoTarget()) {
        QString error;
        if (!ensureDemoTarget(&error)) {
            showMessage(tr("The built-in demo target could not start: %1").arg(error), true);
            return;
        }
        plan.baseUrl = m_demo->baseUrl();
    } else if (!isLoopbackUrl(plan.baseUrl) && !confirmRemoteRun(plan, phases)) {
        return;
    }

    m_runPlan = plan;
    m_chartPhases.clear();
    m_phaseTargets.clear();
    m_errors.clear();
    m_runRequests = 0;
    m_phaseDropped = 0;
    m_stopRequests = 0;
    m_charts->clear();
    m_timeAxisEnd = withPhases(plan, phases).totalDurationS();
    m_charts->setTimeRange(0, m_timeAxisEnd);
    m_phaseModel->clear();
    m_errorModel->clear();
    m_kpis->clear();
    m_generatorWarning->hide();
    showMessage({}, false);

    // m_engine is set before start(): the first phase begins (and is announced) inside it.
    m_engine = new LoadEngine(plan, RunOptions{phases, 0, usesDemoTarget()}, this);
    connect(m_engine, &LoadEngine::phaseStarted, this, &RunPage::onPhaseStarted);
    connect(m_engine, &LoadEngine::progress, this, &RunPage::onProgress);
    connect(m_engine, &LoadEngine::phaseFinished, this, &RunPage::onPhaseFinished);
    connect(m_engine, &LoadEngine::finished, this, &RunPage::onFinished);
    m_runClock.start();
    QString error;
    if (!m_engine->start(&error)) {
        delete m_engine;
        m_engine = nullptr;
        showMessage(tr("The run could not start: %1").arg(error), true);
        updateControls();
        return;
    }
    updateControls();
    Q_EMIT runningChanged(true);
    Q_EMIT runStarted();
}

void RunPage::onPhaseStarted(int phase)
{
    const Phase &config = m_engine->runPhase(phase);
    const double now = double(m_runClock.elapsed()) / 1000.0;
    m_phaseTargets = m_runPlan.effectiveTargets(config);
    m_phaseDropped = 0;
    m_chartPhases.push_back({config.name, now, now + config.rampUpS + config.durationS, m_phaseTargets});
    m_charts->setPhases(m_chartPhases);
    m_kpis->setReadings(pendingKpis(m_phaseTargets));
    m_generatorWatch = GeneratorWatch();
    m_kpiCaption->setText(tr("%1: the last second, judged by the phase's targets").arg(config.name));
    m_phaseLabel->setText(tr("Phase %1 of %2: %3 (%4)")
                              .arg(phase + 1)
                              .arg(m_engine->runPhaseCount())
                              .arg(config.name, ResultText::load(config)));
    m_phaseProgress->setValue(0);
    m_timeLabel->setText(tr("starting…"));
}

void RunPage::onProgress(const RunProgress &progress)
{
    const TimelinePoint &second = progress.lastSecond;
    m_phaseDropped += second.dropped;
    m_kpis->setReadings(liveKpis(second, m_phaseDropped, m_phaseTargets));
    m_generatorWatch.add(second);
    showGeneratorWarnings(m_generatorWatch.warnings());

    // The axis only grows, so the picture does not jump when a graceful stop takes longer than planned.
    const double secondEnd = second.startS + second.lengthS;
    m_timeAxisEnd = std::max({m_timeAxisEnd, progress.runElapsedS + progress.runRemainingS, secondEnd});
    if (!m_chartPhases.empty()) {
        ChartPhase &running = m_chartPhases.back();
        if (secondEnd > running.endS) {
            running.endS = secondEnd;
            m_charts->setPhases(m_chartPhases);
        }
    }
    m_charts->setTimeRange(0, m_timeAxisEnd);
    m_charts->appendSecond(second);

    const double planned = std::max(progress.phasePlannedS, 0.001);
    m_phaseProgress->setValue(int(std::clamp(progress.phaseElapsedS / planned, 0.0, 1.0) * 1000));
    const double phaseLeft = progress.phasePlannedS - progress.phaseElapsedS;
    m_timeLabel->setText(tr("%1 of %2 · %3 · run ends in about %4")
                             .arg(ResultText::duration(progress.phaseElapsedS),
                                  ResultText::duration(progress.phasePlannedS),
                                  phaseLeft > 0 ? tr("phase ends in %1").arg(ResultText::duration(phaseLeft))
                                                : tr("finishing requests in flight"),
                                  ResultText::duration(progress.runRemainingS)));

    m_runRequests += second.requests;
    bool newClass = false;
    for (const auto &[key, count] : second.errors) {
        newClass = newClass || !m_errors.count(key);
        addTally(m_errors, key, count, {});
    }
    // The first message of a class is only in the engine's report: fetched once per new class, not per second.
    if (newClass)
        fillErrorSamples(m_engine->report());
    m_errorModel->setErrors(m_errors, m_runRequests);
}

void RunPage::fillErrorSamples(const RunReport &report)
{
    for (const PhaseResult &phase : report.phases) {
        for (const auto &[key, tally] : phase.totals.errors) {
            auto it = m_errors.find(key);
            if (it != m_errors.end() && it->second.sampleMessage.isEmpty())
                it->second.sampleMessage = tally.sampleMessage;
        }
    }
}

void RunPage::onPhaseFinished(int phase)
{
    if (phase < int(m_chartPhases.size())) {
        m_chartPhases[std::size_t(phase)].endS = double(m_runClock.elapsed()) / 1000.0;
        m_charts->setPhases(m_chartPhases);
    }
    const RunReport report = m_engine->report();
    m_phaseModel->setReport(report); // once per phase: the verdict of the phase just ended
    if (phase < int(report.phases.size()))
        showPhaseFigures(report.phases[std::size_t(phase)]);
    m_phaseProgress->setValue(m_phaseProgress->maximum());
}

void RunPage::showGeneratorWarnings(const QStringList &warnings, bool finalWarnings)
{
    // Kept visible once raised during a run: the figures of that phase stay suspect after the generator recovers.
    // At the end the report's verdict on the generator replaces it (finalWarnings).
    if (warnings.isEmpty()) {
        if (finalWarnings)
            m_generatorWarning->hide();
        return;
    }
    m_generatorWarning->setText(QStringLiteral("⚠ ") +
                                tr("Load generator: %1").arg(warnings.join(QStringLiteral("; "))));
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, ResultText::verdictColor(Verdict::Warn));
    m_generatorWarning->setPalette(pal);
    m_generatorWarning->setAccessibleName(m_generatorWarning->text());
    m_generatorWarning->show();
}

void RunPage::showPhaseFigures(const PhaseResult &phase)
{
    // A finished phase is judged on its totals, as its verdict is: the tiles say so rather than keep the last second.
    m_kpis->setReadings(phaseKpis(phase));
    m_kpiCaption->setText(
        tr("%1 finished (%2): figures over the whole phase").arg(phase.phase.name, ResultText::verdict(phase.verdict)));
}

void RunPage::onFinished()
{
    m_lastReport = m_engine->report();
    m_engine->deleteLater(); // we are inside one of its signals
    m_engine = nullptr;
    m_stopRequests = 0;

    // The run's final figures replace the live ones: exact totals and every first message.
    m_phaseModel->setReport(m_lastReport);
    ErrorTallies errors;
    qint64 requests = 0;
    for (const PhaseResult &phase : m_lastReport.phases) {
        mergeTallies(errors, phase.totals.errors);
        requests += phase.totals.requests;
    }
    m_errors = errors;
    m_errorModel->setErrors(errors, requests);
    if (!m_lastReport.phases.empty())
        showPhaseFigures(m_lastReport.phases.back());
    showGeneratorWarnings(generatorWarnings(m_lastReport), true);
    m_phaseLabel->setText(m_lastReport.aborted ? tr("Run stopped") : tr("Run finished"));
    m_timeLabel->setText(tr("verdict %1").arg(ResultText::verdict(m_lastReport.verdict)));
    if (m_lastReport.aborted)
        showMessage(
            tr("Run stopped (%1). The report keeps everything measured until then.").arg(m_lastReport.abortReason),
            false);
    else
        showMessage(tr("Run finished: %1").arg(ResultText::verdict(m_lastReport.verdict)), false);

    updateControls();
    Q_EMIT runningChanged(false);
    Q_EMIT runFinished(m_lastReport);
}

} // namespace ls
