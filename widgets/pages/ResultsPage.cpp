#include "ResultsPage.h"

#include "GeneratorHealth.h"
#include "LiveRunCharts.h"
#include "PageWidgets.h"
#include "PercentileSpectrumChart.h"
#include "PhaseResultModel.h"
#include "ResultText.h"
#include "ScenarioResultModel.h"
#include "TargetResultModel.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace ls {

namespace {

// The seed's template keys in the template's order (the JSON object itself is sorted alphabetically).
constexpr const char *summaryKeys[] = {"total_requests",    "successful_requests", "failed_requests",   "success_rate",
                                       "avg_response_time", "p95_response_time",   "p99_response_time", "errors"};

QString summaryValue(const nlohmann::json &value)
{
    if (value.is_string())
        return QString::fromStdString(value.get<std::string>());
    if (value.is_number_integer())
        return ResultText::count(value.get<qint64>());
    if (value.is_object()) {
        QStringList parts;
        for (const auto &[name, count] : value.items())
            parts << QStringLiteral("%1: %2").arg(QString::fromStdString(name), summaryValue(count));
        return parts.isEmpty() ? ResultsPage::tr("none") : parts.join(QStringLiteral(", "));
    }
    return QString::fromStdString(value.dump());
}

} // namespace

ResultsPage::ResultsPage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("resultsPage"));
    buildUi();
}

void ResultsPage::buildUi()
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);

    m_title = new QLabel(tr("No results yet"), content);
    m_title->setObjectName(QStringLiteral("resultsTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_verdictBadge = new QLabel(content);
    m_verdictBadge->setObjectName(QStringLiteral("runVerdict"));
    m_verdictBadge->setContentsMargins(8, 2, 8, 2);
    m_verdictBadge->setFont(titleFont);
    m_verdictBadge->hide();
    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_verdictBadge);
    layout->addLayout(header);
    m_details = new QLabel(tr("Run a plan on the Run page, or open a saved report."), content);
    m_details->setObjectName(QStringLiteral("resultsDetails"));
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);

    m_phaseModel = new PhaseResultModel(this);
    m_phaseTable = makeResultTable(m_phaseModel, QStringLiteral("phaseTable"), tr("Phases"), content);

    // Per phase: the verdict's reason with the targets, and the seed's summary.
    auto *verdictTab = new QWidget;
    auto *verdictLayout = new QVBoxLayout(verdictTab);
    m_phaseReason = new QLabel(verdictTab);
    m_phaseReason->setObjectName(QStringLiteral("phaseReason"));
    m_phaseReason->setWordWrap(true);
    m_phaseReason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont reasonFont = m_phaseReason->font();
    reasonFont.setBold(true);
    m_phaseReason->setFont(reasonFont);
    m_phaseDescription = new QLabel(verdictTab);
    m_phaseDescription->setObjectName(QStringLiteral("phaseDescription"));
    m_phaseDescription->setWordWrap(true);
    m_correctedLatency = new QLabel(verdictTab);
    m_correctedLatency->setObjectName(QStringLiteral("correctedLatency"));
    m_correctedLatency->setWordWrap(true);
    m_correctedLatency->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_targetModel = new TargetResultModel(this);
    m_targetTable = makeResultTable(m_targetModel, QStringLiteral("targetTable"), tr("Targets"), verdictTab);
    auto *summaryBox = new QWidget(verdictTab);
    summaryBox->setObjectName(QStringLiteral("seedSummary"));
    summaryBox->setAccessibleName(tr("Report summary"));
    m_summaryForm = new QFormLayout(summaryBox);
    m_summaryForm->setContentsMargins(0, 0, 0, 0);
    for (const char *key : summaryKeys) {
        auto *value = new QLabel(summaryBox);
        value->setObjectName(QStringLiteral("summary_") + QLatin1String(key));
        m_summaryValues.push_back(value);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        m_summaryForm->addRow(QLatin1String(key) + u':', value);
    }
    m_copySummaryButton = new QPushButton(tr("Copy summary as JSON"), summaryBox);
    m_copySummaryButton->setObjectName(QStringLiteral("copySummaryButton"));
    m_copySummaryButton->setAccessibleName(tr("Copy summary as JSON"));
    m_summaryForm->addRow(QString(), m_copySummaryButton);
    auto *summaryTitle = new QLabel(tr("Summary (report template)"), verdictTab);
    summaryTitle->setFont(reasonFont);
    auto *verdictColumns = new QHBoxLayout;
    auto *targetsColumn = new QVBoxLayout;
    targetsColumn->addWidget(m_targetTable, 1);
    auto *summaryColumn = new QVBoxLayout;
    summaryColumn->addWidget(summaryTitle);
    summaryColumn->addWidget(summaryBox);
    summaryColumn->addStretch(1);
    verdictColumns->addLayout(targetsColumn, 3);
    verdictColumns->addLayout(summaryColumn, 2);
    verdictLayout->addWidget(m_phaseReason);
    verdictLayout->addWidget(m_phaseDescription);
    verdictLayout->addWidget(m_correctedLatency);
    verdictLayout->addLayout(verdictColumns, 1);

    m_scenarioModel = new ScenarioResultModel(this);
    m_scenarioTable = makeResultTable(m_scenarioModel, QStringLiteral("scenarioTable"), tr("Scenarios"), nullptr);
    m_spectrum = new PercentileSpectrumChart;
    m_spectrum->setObjectName(QStringLiteral("spectrumChart"));
    m_timeline = new LiveRunCharts;
    m_timeline->setObjectName(QStringLiteral("timelineCharts"));

    m_tabs = new QTabWidget(content);
    m_tabs->setObjectName(QStringLiteral("resultTabs"));
    m_tabs->setAccessibleName(tr("Result details"));
    m_tabs->addTab(scrollable(verdictTab, QStringLiteral("verdictScrollArea"), nullptr), tr("&Verdict and summary"));
    m_tabs->addTab(m_scenarioTable, tr("S&cenarios"));
    m_tabs->addTab(m_spectrum, tr("&Latency distribution"));
    // Four charts need more height than a small window has: they scroll inside their tab, and the other tabs keep
    // their size.
    m_tabs->addTab(scrollable(m_timeline, QStringLiteral("timelineScrollArea"), nullptr), tr("&Timeline"));

    m_splitter = new QSplitter(Qt::Vertical, content);
    m_splitter->setObjectName(QStringLiteral("resultsSplitter"));
    m_splitter->addWidget(m_phaseTable);
    m_splitter->addWidget(m_tabs);
    m_splitter->setStretchFactor(0, 0); // the table keeps the rows it shows; the details take what is left
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);
    m_splitter->installEventFilter(this);

    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scrollable(content, QStringLiteral("resultsScrollArea"), this));

    setTabOrder(m_phaseTable, m_tabs);
    connect(m_phaseTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) { showPhase(current.row()); });
    connect(m_copySummaryButton, &QPushButton::clicked, this, &ResultsPage::copySummary);
    m_tabs->setEnabled(false);
}

void ResultsPage::showReport(const RunReport &report, const QString &sourcePath)
{
    m_report = report;
    m_hasReport = true;
    m_shownPhase = -1;

    m_title->setText(report.plan.name.isEmpty() ? tr("Results") : report.plan.name);
    setVerdictBadge(m_verdictBadge, ResultText::verdict(report.verdict), report.verdict);
    m_verdictBadge->setAccessibleName(tr("Run verdict: %1").arg(verdictName(report.verdict)));
    m_verdictBadge->show();
    const QLocale locale;
    QStringList details;
    details << tr("Started %1, ran %2")
                   .arg(locale.toString(report.startedAt.toLocalTime(), QLocale::ShortFormat),
                        ResultText::duration(double(report.startedAt.msecsTo(report.endedAt)) / 1000.0));
    details << tr("target %1").arg(report.plan.baseUrl);
    details << tr("transport %1, %n worker thread(s)", nullptr, report.workerThreads).arg(report.transport);
    if (!sourcePath.isEmpty())
        details << tr("from %1").arg(QFileInfo(sourcePath).fileName());
    QString text = details.join(QStringLiteral(" · "));
    if (report.aborted)
        text += u'\n' + tr("Stopped before the end: %1").arg(report.abortReason);
    else if (!report.complete)
        text += u'\n' + tr("Incomplete: the report was saved while the run was still going.");
    for (const QString &warning : generatorWarnings(report))
        text += u'\n' + QStringLiteral("⚠ ") + warning;
    m_details->setText(text);
    m_details->setToolTip(sourcePath);

    m_phaseModel->clear(); // a new report, not an update of the last one
    m_phaseModel->setReport(report);
    std::vector<PercentileSpectrumChart::Line> lines;
    for (const PhaseResult &phase : report.phases)
        lines.push_back({phase.phase.name, phase.totals.latency});
    m_spectrum->setLines(lines);
    m_timeline->showReport(report);
    m_tabs->setEnabled(!report.phases.empty());
    fitPhaseTable();
    if (report.phases.empty()) {
        showPhase(-1);
        return;
    }
    selectPhase(0);
}

void ResultsPage::fitPhaseTable()
{
    // Every phase in view (the seed has five; up to eight before the table scrolls), the details below.
    const int wanted = tableHeightForRows(m_phaseTable, 8);
    const int total = m_splitter->height();
    m_fitPending = total <= wanted; // not laid out yet: done at the first resize
    if (!m_fitPending)
        m_splitter->setSizes({wanted, total - wanted});
}

bool ResultsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_splitter && event->type() == QEvent::Resize && m_fitPending)
        fitPhaseTable();
    return QWidget::eventFilter(watched, event);
}

int ResultsPage::selectedPhase() const
{
    return m_shownPhase;
}

void ResultsPage::selectPhase(int index)
{
    const QModelIndex row = m_phaseModel->index(index, 0);
    if (!row.isValid())
        return;
    m_phaseTable->selectionModel()->setCurrentIndex(row,
                                                    QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showPhase(index); // also when the row was current already (a new report in the same place)
}

void ResultsPage::showPhase(int index)
{
    if (index < 0 || index >= int(m_report.phases.size())) {
        m_shownPhase = -1;
        m_targetModel->clear();
        m_scenarioModel->clear();
        m_phaseReason->clear();
        m_phaseDescription->clear();
        m_correctedLatency->hide();
        for (QLabel *label : m_summaryValues)
            label->clear();
        return;
    }
    m_shownPhase = index;
    const PhaseResult &phase = m_report.phases[std::size_t(index)];
    m_phaseReason->setText(
        tr("%1 — %2: %3").arg(phase.phase.name, ResultText::verdict(phase.verdict), ResultText::phaseReason(phase)));
    QPalette pal = palette();
    pal.setColor(QPalette::WindowText, ResultText::verdictColor(phase.verdict));
    m_phaseReason->setPalette(pal);
    QString description = phase.phase.description;
    if (phase.stoppedEarly)
        description +=
            (description.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Stopped early: %1").arg(phase.stopReason);
    m_phaseDescription->setText(description);
    m_phaseDescription->setVisible(!description.isEmpty());
    if (const auto corrected = phase.coordinatedOmissionCorrected()) {
        const LatencySummary raw = LatencySummary::of(phase.totals.latency);
        const LatencySummary fixed = LatencySummary::of(corrected->latency);
        m_correctedLatency->setText(
            tr("Had every request gone out on schedule (every %1: mean think time + median latency; corrected for "
               "coordinated omission): P50 %2 · P95 %3 · P99 %4. Measured, as judged above: P95 %5 · P99 %6.")
                .arg(ResultText::milliseconds(corrected->expectedIntervalMs), ResultText::milliseconds(fixed.p50Ms),
                     ResultText::milliseconds(fixed.p95Ms), ResultText::milliseconds(fixed.p99Ms),
                     ResultText::milliseconds(raw.p95Ms), ResultText::milliseconds(raw.p99Ms)));
        m_correctedLatency->show();
    } else {
        m_correctedLatency->hide();
    }
    m_targetModel->setResults(phase.targetResults);
    m_scenarioModel->setPhase(m_report.plan, phase);
    const nlohmann::json summary = seedSummary(phase.totals);
    for (std::size_t i = 0; i < m_summaryValues.size(); ++i)
        m_summaryValues[i]->setText(summaryValue(summary.at(summaryKeys[i])));
}

void ResultsPage::copySummary()
{
    if (m_shownPhase < 0)
        return;
    const nlohmann::json summary = seedSummary(m_report.phases[std::size_t(m_shownPhase)].totals);
    QApplication::clipboard()->setText(QString::fromStdString(summary.dump(2)));
}

} // namespace ls
