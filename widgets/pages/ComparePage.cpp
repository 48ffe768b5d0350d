#include "ComparePage.h"

#include "ComparisonModel.h"
#include "HistoryModel.h"
#include "PdfReport.h"
#include "PercentileSpectrumChart.h"
#include "PhaseResultModel.h"
#include "ResultText.h"
#include "RunComparison.h"
#include "ScalabilityChart.h"
#include "TimeSeriesChart.h"
#include "TrendChart.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineSeries>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ls {

namespace {

QString runLabel(const LoadedRun &run)
{
    const QString source =
        run.report.importedFrom.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(run.report.importedFrom);
    return QStringLiteral("%1 — %2%3").arg(run.report.plan.name, QFileInfo(run.path).fileName(), source);
}

QTableView *tableFor(QAbstractItemModel *model, const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

QLabel *wrappingLabel(const QString &name, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

// The P95 target's critical level, NaN without one.
double p95CriticalOf(const RunReport &report)
{
    for (const Target &t : report.plan.targets) {
        if (t.metric == Metric::P95Ms)
            return t.critical;
    }
    return PhaseFigures::none;
}

// P95 per second against seconds since the phase's start.
std::vector<QPointF> p95Seconds(const PhaseResult &phase)
{
    std::vector<QPointF> points;
    const double start = phase.timeline.empty() ? 0 : phase.timeline.front().startS;
    for (const TimelinePoint &p : phase.timeline) {
        if (p.completed > 0)
            points.emplace_back(p.startS - start + p.lengthS, p.p95Ms);
    }
    return points;
}

} // namespace

ComparePage::ComparePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("comparePage"));
    auto *layout = new QVBoxLayout(this);

    auto *bar = new QHBoxLayout;
    auto *open = new QPushButton(tr("&Open runs…"), this);
    open->setObjectName(QStringLiteral("openRuns"));
    open->setToolTip(tr("Load Studio reports, JMeter results (JTL), k6 results (JSON lines or summary export) or "
                        "the seed's report template"));
    auto *workspace = new QPushButton(tr("Open &workspace folder…"), this);
    workspace->setObjectName(QStringLiteral("openWorkspace"));
    m_makeBase = new QPushButton(tr("Make &base"), this);
    m_makeBase->setObjectName(QStringLiteral("makeBase"));
    m_remove = new QPushButton(tr("Re&move"), this);
    m_remove->setObjectName(QStringLiteral("removeRun"));
    bar->addWidget(open);
    bar->addWidget(workspace);
    bar->addStretch(1);
    m_exportPdf = new QPushButton(tr("Export &PDF…"), this);
    m_exportPdf->setObjectName(QStringLiteral("exportComparisonPdf"));
    m_exportPdf->setToolTip(tr("The compared run's PDF report, with its comparison against the base"));
    bar->addWidget(m_makeBase);
    bar->addWidget(m_remove);
    bar->addWidget(m_exportPdf);
    layout->addLayout(bar);

    m_runList = new QListWidget(this);
    m_runList->setObjectName(QStringLiteral("runList"));
    m_runList->setAccessibleName(tr("Opened runs; the first is the base"));
    m_runList->setMaximumHeight(m_runList->fontMetrics().lineSpacing() * 5);
    layout->addWidget(m_runList);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("compareTabs"));
    auto *phases = new QWidget(m_tabs);
    auto *runs = new QWidget(m_tabs);
    auto *history = new QWidget(m_tabs);
    buildPhasesTab(phases);
    buildRunsTab(runs);
    buildHistoryTab(history);
    m_tabs->addTab(phases, tr("P&hases of a run"));
    m_tabs->addTab(runs, tr("R&uns against each other"));
    m_tabs->addTab(history, tr("H&istory"));
    layout->addWidget(m_tabs, 1);

    connect(open, &QPushButton::clicked, this, &ComparePage::openRunsDialog);
    connect(workspace, &QPushButton::clicked, this, &ComparePage::openWorkspaceDialog);
    connect(m_makeBase, &QPushButton::clicked, this, [this] {
        const int row = m_runList->currentRow();
        if (row <= 0 || row >= int(m_runs.size()))
            return;
        std::rotate(m_runs.begin(), m_runs.begin() + row, m_runs.begin() + row + 1);
        refreshRunLists();
    });
    connect(m_remove, &QPushButton::clicked, this, [this] {
        const int row = m_runList->currentRow();
        if (row < 0 || row >= int(m_runs.size()))
            return;
        m_runs.erase(m_runs.begin() + row);
        refreshRunLists();
    });
    connect(m_exportPdf, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export PDF Report"),
                                                          QStringLiteral("comparison.pdf"), tr("PDF (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !exportComparisonPdf(path, &error))
            QMessageBox::critical(this, tr("Cannot export the PDF report"), error);
    });
    connect(m_runList, &QListWidget::currentRowChanged, this, [this](int row) {
        m_makeBase->setEnabled(row > 0);
        m_remove->setEnabled(row >= 0);
    });
    refreshRunLists();
}

ComparePage::~ComparePage() = default;

void ComparePage::showTab(Tab tab)
{
    m_tabs->setCurrentIndex(int(tab));
}

void ComparePage::buildPhasesTab(QWidget *tab)
{
    auto *layout = new QVBoxLayout(tab);
    auto *row = new QHBoxLayout;
    auto *label = new QLabel(tr("R&un:"), tab);
    m_phasesRun = new QComboBox(tab);
    m_phasesRun->setObjectName(QStringLiteral("phasesRun"));
    label->setBuddy(m_phasesRun);
    row->addWidget(label);
    row->addWidget(m_phasesRun, 1);
    layout->addLayout(row);
    m_phaseModel = new PhaseResultModel(this);
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(tableFor(m_phaseModel, QStringLiteral("comparePhases"), tr("Phases of the run"), splitter));
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    m_knee = wrappingLabel(QStringLiteral("kneeFinding"), lower);
    m_missing = wrappingLabel(QStringLiteral("missingMetrics"), lower);
    m_missing->setStyleSheet(QStringLiteral("color: gray"));
    m_scalability = new ScalabilityChart(lower);
    lowerLayout->addWidget(m_knee);
    lowerLayout->addWidget(m_missing);
    lowerLayout->addWidget(m_scalability, 1);
    splitter->addWidget(lower);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);
    connect(m_phasesRun, &QComboBox::currentIndexChanged, this, &ComparePage::showPhasesOf);
}

void ComparePage::buildRunsTab(QWidget *tab)
{
    auto *layout = new QVBoxLayout(tab);
    auto *row = new QHBoxLayout;
    auto addLabelled = [&](const QString &text, QComboBox *combo, const QString &name) {
        auto *label = new QLabel(text, tab);
        label->setBuddy(combo);
        combo->setObjectName(name);
        row->addWidget(label);
        row->addWidget(combo, 1);
    };
    m_otherRun = new QComboBox(tab);
    m_basePhase = new QComboBox(tab);
    m_otherPhase = new QComboBox(tab);
    addLabelled(tr("&Compare the base with:"), m_otherRun, QStringLiteral("otherRun"));
    addLabelled(tr("Base &phase:"), m_basePhase, QStringLiteral("basePhase"));
    addLabelled(tr("&paired with:"), m_otherPhase, QStringLiteral("otherPhase"));
    m_otherPhase->setToolTip(tr("Phases pair by name; pick another phase where names differ."));
    layout->addLayout(row);
    m_comparisonModel = new ComparisonModel(this);
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    auto *upper = new QWidget(splitter);
    auto *upperLayout = new QVBoxLayout(upper);
    upperLayout->setContentsMargins(0, 0, 0, 0);
    upperLayout->addWidget(
        tableFor(m_comparisonModel, QStringLiteral("comparisonTable"), tr("Changes from the base run"), upper), 1);
    m_significanceNote = wrappingLabel(QStringLiteral("significanceNote"), upper);
    m_unpaired = wrappingLabel(QStringLiteral("unpairedPhases"), upper);
    upperLayout->addWidget(m_significanceNote);
    upperLayout->addWidget(m_unpaired);
    splitter->addWidget(upper);
    auto *charts = new QSplitter(Qt::Horizontal, splitter);
    m_spectra = new PercentileSpectrumChart(charts);
    m_spectra->setObjectName(QStringLiteral("compareSpectra"));
    m_timelines = new TimeSeriesChart(tr("P95 per second"), tr("ms"), charts);
    m_timelines->setObjectName(QStringLiteral("compareTimelines"));
    m_baseTimeline = m_timelines->addLine(tr("Base"), PercentileSpectrumChart::lineColor(0), QStringLiteral("baseP95"));
    m_otherTimeline =
        m_timelines->addLine(tr("New"), PercentileSpectrumChart::lineColor(1), QStringLiteral("otherP95"));
    charts->addWidget(m_spectra);
    charts->addWidget(m_timelines);
    splitter->addWidget(charts);
    layout->addWidget(splitter, 1);

    connect(m_otherRun, &QComboBox::currentIndexChanged, this, [this] {
        if (m_runs.size() >= 2 && m_otherRun->currentIndex() >= 0)
            m_pairs = alignPhases(m_runs[0].report, m_runs[std::size_t(m_otherRun->currentIndex()) + 1].report);
        refreshPairing();
    });
    connect(m_basePhase, &QComboBox::currentIndexChanged, this, &ComparePage::refreshComparison);
    connect(m_otherPhase, &QComboBox::activated, this, [this](int index) {
        const int base = m_basePhase->currentIndex();
        if (base < 0)
            return;
        const int other = m_otherPhase->itemData(index).toInt();
        // One partner per phase on either side.
        std::erase_if(m_pairs, [&](const std::pair<int, int> &p) { return p.first == base || p.second == other; });
        if (other >= 0)
            m_pairs.emplace_back(base, other);
        recompare();
        refreshComparison();
    });
}

void ComparePage::buildHistoryTab(QWidget *tab)
{
    auto *layout = new QVBoxLayout(tab);
    m_workspaceLabel = wrappingLabel(QStringLiteral("workspaceLabel"), tab);
    m_workspaceLabel->setText(tr("Open a workspace folder of reports to list its runs by date."));
    layout->addWidget(m_workspaceLabel);
    m_historyModel = new HistoryModel(this);
    m_historyView = tableFor(m_historyModel, QStringLiteral("historyTable"), tr("Runs in the workspace"), tab);
    m_historyView->setToolTip(tr("Double-click a run to open it for comparison."));
    auto *splitter = new QSplitter(Qt::Vertical, tab);
    splitter->addWidget(m_historyView);
    auto *lower = new QWidget(splitter);
    auto *lowerLayout = new QVBoxLayout(lower);
    auto *row = new QHBoxLayout;
    m_trendPhase = new QComboBox(lower);
    m_trendPhase->setObjectName(QStringLiteral("trendPhase"));
    m_trendMetric = new QComboBox(lower);
    m_trendMetric->setObjectName(QStringLiteral("trendMetric"));
    for (CompareMetric m : allCompareMetrics)
        m_trendMetric->addItem(QLatin1String(compareMetricInfo(m).label), int(m));
    m_trendMetric->setCurrentIndex(int(CompareMetric::P95));
    auto *phaseLabel = new QLabel(tr("Trend of phase:"), lower);
    phaseLabel->setBuddy(m_trendPhase);
    auto *metricLabel = new QLabel(tr("metric:"), lower);
    metricLabel->setBuddy(m_trendMetric);
    row->addWidget(phaseLabel);
    row->addWidget(m_trendPhase, 1);
    row->addWidget(metricLabel);
    row->addWidget(m_trendMetric, 1);
    lowerLayout->addLayout(row);
    m_trend = new TrendChart(lower);
    lowerLayout->addWidget(m_trend, 1);
    splitter->addWidget(lower);
    layout->addWidget(splitter, 1);

    connect(m_historyView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        const QModelIndex current = m_historyView->currentIndex();
        m_trendPhase->clear();
        if (current.isValid())
            m_trendPhase->addItems(m_historyModel->entries()[std::size_t(current.row())].phases);
        refreshTrend();
    });
    connect(m_trendPhase, &QComboBox::currentIndexChanged, this, &ComparePage::refreshTrend);
    connect(m_trendMetric, &QComboBox::currentIndexChanged, this, &ComparePage::refreshTrend);
    connect(m_historyView, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        openRuns({index.data(HistoryModel::PathRole).toString()});
        showTab(Tab::Runs);
    });
}

void ComparePage::openRunsDialog()
{
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Open runs to compare"), QString(),
                                      tr("Results (*.json *.jtl *.csv *.xml *.jsonl *.ndjson);;All files (*)"));
    if (!paths.isEmpty())
        openRuns(paths);
}

void ComparePage::openWorkspaceDialog()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open a workspace folder of reports"));
    if (!folder.isEmpty())
        openWorkspace(folder);
}

void ComparePage::openRuns(const QStringList &paths)
{
    m_pending << paths;
    if (!m_job)
        loadNext();
}

void ComparePage::loadNext()
{
    if (m_pending.isEmpty())
        return;
    const QString path = m_pending.takeFirst();
    m_job = std::make_unique<ImportJob>(path);
    if (!m_progress) {
        m_progress = new QProgressDialog(this);
        m_progress->setObjectName(QStringLiteral("importProgress"));
        m_progress->setWindowTitle(tr("Reading results"));
        m_progress->setMinimumDuration(500); // only slow imports show it
        m_progress->setAutoClose(false);
        m_progress->setAutoReset(false);
    }
    m_progress->setLabelText(tr("Reading %1…").arg(QFileInfo(path).fileName()));
    m_progress->setRange(0, 100);
    m_progress->setValue(0);
    connect(m_progress, &QProgressDialog::canceled, m_job.get(), &ImportJob::cancel, Qt::UniqueConnection);
    connect(m_job.get(), &ImportJob::progress, this, [this, path](int percent, qint64 samples) {
        m_progress->setLabelText(
            tr("Reading %1… %2 samples").arg(QFileInfo(path).fileName(), ResultText::count(samples)));
        m_progress->setValue(std::min(99, percent));
    });
    auto finish = [this] {
        m_progress->reset();
        m_job.release()->deleteLater(); // we are inside its signal
        loadNext();
    };
    connect(m_job.get(), &ImportJob::loaded, this, [this, finish](const LoadedRun &run) {
        addRun(run);
        finish();
    });
    connect(m_job.get(), &ImportJob::failed, this, [this, finish, path](const QString &error) {
        if (error != QLatin1String("cancelled"))
            QMessageBox::warning(this, tr("Cannot open %1").arg(QFileInfo(path).fileName()), error);
        finish();
    });
    m_job->start();
}

void ComparePage::addRun(LoadedRun run)
{
    m_runs.push_back(std::move(run));
    refreshRunLists();
    // A newly added run is what the user wants to look at.
    m_phasesRun->setCurrentIndex(int(m_runs.size()) - 1);
    if (m_runs.size() >= 2)
        m_otherRun->setCurrentIndex(int(m_runs.size()) - 2);
    Q_EMIT runsChanged();
}

void ComparePage::refreshRunLists()
{
    const int phasesRun = m_phasesRun->currentIndex();
    m_runList->clear();
    m_phasesRun->blockSignals(true);
    m_otherRun->blockSignals(true);
    m_phasesRun->clear();
    m_otherRun->clear();
    for (std::size_t i = 0; i < m_runs.size(); ++i) {
        const QString label = runLabel(m_runs[i]);
        m_runList->addItem(i == 0 ? tr("Base: %1").arg(label) : label);
        m_phasesRun->addItem(label);
        if (i > 0)
            m_otherRun->addItem(label);
    }
    m_phasesRun->setCurrentIndex(std::clamp(phasesRun, 0, int(m_runs.size()) - 1));
    m_phasesRun->blockSignals(false);
    m_otherRun->blockSignals(false);
    m_makeBase->setEnabled(false);
    m_remove->setEnabled(false);
    m_exportPdf->setEnabled(m_runs.size() >= 2);
    showPhasesOf(m_phasesRun->currentIndex());
    if (m_runs.size() >= 2)
        m_pairs =
            alignPhases(m_runs[0].report, m_runs[std::size_t(std::max(0, m_otherRun->currentIndex())) + 1].report);
    refreshPairing();
}

void ComparePage::showPhasesOf(int run)
{
    if (run < 0 || run >= int(m_runs.size())) {
        m_phaseModel->clear();
        m_scalability->clear();
        m_knee->setText(tr("Open a run to see its phases side by side and where it stops scaling."));
        m_missing->clear();
        return;
    }
    const LoadedRun &loaded = m_runs[std::size_t(run)];
    m_phaseModel->setReport(loaded.report);
    const std::vector<PhaseFigures> figures = phaseFigures(loaded.report);
    const KneeFinding knee = findKnee(figures, p95GoalOf(loaded.report));
    m_knee->setText(knee.sentence);
    m_missing->setText(
        loaded.missingMetrics.isEmpty()
            ? QString()
            : tr("Not in the source (shown as —): %1").arg(loaded.missingMetrics.join(QStringLiteral(", "))));
    m_scalability->setLevels(figures, p95GoalOf(loaded.report), p95CriticalOf(loaded.report));
}

void ComparePage::recompare()
{
    // The bootstrap runs for every pair and metric: once per change of runs or pairs, not per phase shown.
    m_comparison = RunComparison();
    if (m_runs.size() >= 2 && m_otherRun->currentIndex() >= 0)
        m_comparison =
            compareRuns(m_runs[0].report, m_runs[std::size_t(m_otherRun->currentIndex()) + 1].report, m_pairs);
}

void ComparePage::refreshPairing()
{
    recompare();
    const bool comparable = m_runs.size() >= 2 && m_otherRun->currentIndex() >= 0;
    m_basePhase->blockSignals(true);
    m_basePhase->clear();
    if (comparable) {
        for (const PhaseResult &p : m_runs[0].report.phases)
            m_basePhase->addItem(p.phase.name);
        // Start at the first paired phase.
        const auto first = std::min_element(m_pairs.begin(), m_pairs.end());
        m_basePhase->setCurrentIndex(first == m_pairs.end() ? 0 : first->first);
    }
    m_basePhase->blockSignals(false);
    refreshComparison();
}

void ComparePage::refreshComparison()
{
    const bool comparable = m_runs.size() >= 2 && m_otherRun->currentIndex() >= 0;
    m_otherPhase->clear();
    m_spectra->clear();
    m_timelines->setLinePoints(m_baseTimeline, {});
    m_timelines->setLinePoints(m_otherTimeline, {});
    if (!comparable) {
        m_comparisonModel->clear();
        m_significanceNote->setText(tr("Open two or more runs: each is compared with the base (the first)."));
        m_unpaired->clear();
        return;
    }
    const RunReport &base = m_runs[0].report;
    const RunReport &other = m_runs[std::size_t(m_otherRun->currentIndex()) + 1].report;
    m_otherPhase->addItem(tr("(not paired)"), -1);
    for (int i = 0; i < int(other.phases.size()); ++i)
        m_otherPhase->addItem(other.phases[std::size_t(i)].phase.name, i);
    const RunComparison &comparison = m_comparison;
    m_significanceNote->setText(comparison.significanceNote);
    QStringList unpaired;
    if (!comparison.unpairedBase.isEmpty())
        unpaired << tr("Only in the base: %1").arg(comparison.unpairedBase.join(QStringLiteral(", ")));
    if (!comparison.unpairedOther.isEmpty())
        unpaired << tr("Only in the new run: %1").arg(comparison.unpairedOther.join(QStringLiteral(", ")));
    m_unpaired->setText(unpaired.join(QStringLiteral(" · ")));

    const int basePhase = m_basePhase->currentIndex();
    const auto pair = std::find_if(comparison.pairs.begin(), comparison.pairs.end(),
                                   [&](const PhasePair &p) { return p.basePhase == basePhase; });
    if (pair == comparison.pairs.end()) {
        m_otherPhase->setCurrentIndex(0);
        m_comparisonModel->clear();
        return;
    }
    m_otherPhase->setCurrentIndex(m_otherPhase->findData(pair->otherPhase));
    m_comparisonModel->setPair(*pair);
    const PhaseResult &a = base.phases[std::size_t(pair->basePhase)];
    const PhaseResult &b = other.phases[std::size_t(pair->otherPhase)];
    std::vector<PercentileSpectrumChart::Line> lines;
    if (!a.totals.latency.isEmpty())
        lines.push_back({tr("Base: %1").arg(a.phase.name), a.totals.latency});
    if (!b.totals.latency.isEmpty())
        lines.push_back({tr("New: %1").arg(b.phase.name), b.totals.latency});
    m_spectra->setLines(lines);
    const std::vector<QPointF> pa = p95Seconds(a), pb = p95Seconds(b);
    m_timelines->setLinePoints(m_baseTimeline, pa);
    m_timelines->setLinePoints(m_otherTimeline, pb);
    const double end = std::max(pa.empty() ? 1.0 : pa.back().x(), pb.empty() ? 1.0 : pb.back().x());
    m_timelines->setTimeRange(0, end);
    m_timelines->updateValueRange();
}

bool ComparePage::exportComparisonPdf(const QString &path, QString *error)
{
    if (m_runs.size() < 2 || m_otherRun->currentIndex() < 0) {
        *error = tr("Open two runs first: the base and the run to report on.");
        return false;
    }
    const RunReport &base = m_runs[0].report;
    const RunReport &other = m_runs[std::size_t(m_otherRun->currentIndex()) + 1].report;
    const RunComparison &comparison = m_comparison;
    PdfReportOptions options;
    options.comparedWith = &base;
    options.comparison = &comparison;
    return writePdfReport(other, path, options, error);
}

void ComparePage::openWorkspace(const QString &folder)
{
    QStringList problems;
    std::vector<HistoryEntry> entries = scanWorkspace(folder, &problems);
    m_workspaceLabel->setText(
        tr("%1: %n run(s)", nullptr, int(entries.size())).arg(folder) +
        (problems.isEmpty() ? QString()
                            : QStringLiteral("\n") + tr("Unreadable: %1").arg(problems.join(QStringLiteral("; ")))));
    m_historyModel->setEntries(std::move(entries));
    m_historyView->resizeColumnsToContents();
    if (m_historyModel->rowCount() > 0)
        m_historyView->selectRow(m_historyModel->rowCount() - 1);
    showTab(Tab::History);
}

void ComparePage::refreshTrend()
{
    const QModelIndex current = m_historyView->currentIndex();
    if (!current.isValid() || m_trendPhase->currentIndex() < 0) {
        m_trend->setTrend({}, tr("Pick a run, a phase and a metric"), QString());
        return;
    }
    const HistoryEntry &entry = m_historyModel->entries()[std::size_t(current.row())];
    const auto metric = CompareMetric(m_trendMetric->currentData().toInt());
    const CompareMetricInfo &info = compareMetricInfo(metric);
    const std::vector<TrendPoint> points =
        trendOf(m_historyModel->entries(), entry.planName, m_trendPhase->currentText(), metric);
    m_trend->setTrend(points,
                      tr("%1 of phase %2 across %n run(s) of %3", nullptr, int(points.size()))
                          .arg(QLatin1String(info.label), m_trendPhase->currentText(), entry.planName),
                      QLatin1String(info.unit));
}

} // namespace ls
