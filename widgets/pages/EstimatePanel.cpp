#include "EstimatePanel.h"

#include "PlanDocument.h"
#include "Targets.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace ls {

namespace {

QString latencySourceText(LatencySource source)
{
    switch (source) {
    case LatencySource::P50Goal:
        return EstimatePanel::tr("p50 goal");
    case LatencySource::AvgGoal:
        return EstimatePanel::tr("average goal");
    case LatencySource::P95Goal:
        return EstimatePanel::tr("p95 goal");
    case LatencySource::Assumed:
        return EstimatePanel::tr("assumed");
    }
    return {};
}

QString number(double value, int decimals = 0)
{
    return QLocale().toString(value, 'f', decimals);
}

// Verdicts always carry a word and a symbol as well as their tint.
QColor verdictTint(Verdict verdict)
{
    switch (verdict) {
    case Verdict::Pass:
        return QColor(40, 160, 60, 60);
    case Verdict::Warn:
        return QColor(240, 170, 0, 70);
    case Verdict::Fail:
        return QColor(220, 40, 40, 70);
    }
    return {};
}

} // namespace

EstimatePanel::EstimatePanel(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_latency(new QDoubleSpinBox(this)),
      m_latencyForAll(new QCheckBox(tr("Use it for every phase (ignore latency targets)"), this)),
      m_total(new QLabel(this)), m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("estimatePanel"));
    m_latency->setObjectName(QStringLiteral("expectedLatency"));
    m_latency->setAccessibleName(tr("Expected latency in milliseconds"));
    m_latency->setToolTip(tr("The response time the estimate assumes for phases without a p50, average or p95 "
                             "target."));
    m_latency->setRange(1, 600000);
    m_latency->setDecimals(0);
    m_latency->setSuffix(tr(" ms"));
    m_latency->setValue(EstimateOptions().assumedLatencyMs);
    m_latencyForAll->setObjectName(QStringLiteral("useExpectedLatencyForAll"));
    m_latencyForAll->setAccessibleName(tr("Use the expected latency for every phase"));
    m_latencyForAll->setToolTip(tr("Off: a phase's p50 goal, else its average goal, else its p95 goal is its "
                                   "expected latency; the value above only fills in where there is none."));

    m_total->setObjectName(QStringLiteral("estimateTotal"));
    m_total->setWordWrap(true);
    m_total->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_total->setFocusPolicy(Qt::StrongFocus); // readable by keyboard and screen reader
    QFont bold = m_total->font();
    bold.setBold(true);
    m_total->setFont(bold);

    m_table->setObjectName(QStringLiteral("estimateTable"));
    m_table->setAccessibleName(tr("Planning estimate per phase"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Phase"), tr("Starts at"), tr("Phase time"), tr("Expected latency"),
                                        tr("Throughput"), tr("Requests"), tr("Throughput target")});
    m_table->horizontalHeaderItem(ThroughputColumn)
        ->setToolTip(tr("At full load. Closed model: users / (expected latency + mean think time), Little's law. "
                        "Open model: the arrival rate."));
    m_table->horizontalHeaderItem(RequestsColumn)
        ->setToolTip(tr("Full load for the duration, half of it on average during the ramp-up."));
    m_table->horizontalHeaderItem(TimeColumn)->setToolTip(tr("Ramp-up + duration + graceful stop."));
    m_table->horizontalHeaderItem(TargetColumn)
        ->setToolTip(tr("What the expected throughput would mean for the phase's throughput target."));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);

    auto *options = new QHBoxLayout;
    auto *latencyLabel = new QLabel(tr("E&xpected latency:"), this);
    latencyLabel->setBuddy(m_latency);
    options->addWidget(latencyLabel);
    options->addWidget(m_latency);
    options->addWidget(m_latencyForAll);
    options->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_total);
    layout->addLayout(options);
    layout->addWidget(m_table, 1);

    connect(m_document, &PlanDocument::planChanged, this, &EstimatePanel::refresh);
    connect(m_latency, &QDoubleSpinBox::valueChanged, this, &EstimatePanel::refresh);
    connect(m_latencyForAll, &QCheckBox::toggled, this, &EstimatePanel::refresh);
    refresh();
}

EstimateOptions EstimatePanel::options() const
{
    EstimateOptions options;
    options.assumedLatencyMs = m_latency->value();
    options.preferAssumedLatency = m_latencyForAll->isChecked();
    return options;
}

QString EstimatePanel::formatDuration(double seconds)
{
    const qint64 total = qint64(std::llround(seconds));
    const qint64 h = total / 3600, min = (total % 3600) / 60, s = total % 60;
    if (h > 0)
        return min > 0 ? tr("%1 h %2 min").arg(h).arg(min) : tr("%1 h").arg(h);
    if (min > 0)
        return s > 0 ? tr("%1 min %2 s").arg(min).arg(s) : tr("%1 min").arg(min);
    return tr("%1 s").arg(s);
}

void EstimatePanel::refresh()
{
    const Plan &plan = m_document->plan();
    m_estimate = estimatePlan(plan, options());

    QString total = tr("Total suite time: %1 (%n phase(s) with ramp-ups, graceful stops and pauses)", nullptr,
                       int(plan.phases.size()))
                        .arg(formatDuration(m_estimate.totalDurationS));
    total += tr(" · about %1 requests").arg(number(m_estimate.totalRequests));
    if (!m_estimate.allThroughputsKnown)
        total += tr(" (not counting phases whose throughput is unknown)");
    m_total->setText(total);
    m_total->setAccessibleName(total);

    m_table->setRowCount(int(plan.phases.size()));
    for (size_t i = 0; i < plan.phases.size(); ++i)
        fillRow(int(i), plan.phases[i], m_estimate.phases[i]);
}

void EstimatePanel::fillRow(int row, const Phase &phase, const PhaseEstimate &estimate)
{
    auto set = [&](int column, const QString &text, const QString &toolTip = {}) {
        auto *item = new QTableWidgetItem(text);
        item->setToolTip(toolTip.isEmpty() ? text : toolTip);
        if (column != PhaseColumn && column != TargetColumn && column != LatencyColumn)
            item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, column, item);
        return item;
    };
    set(PhaseColumn, phase.name, phase.description);
    set(StartColumn, tr("+%1").arg(formatDuration(estimate.startS)));
    set(TimeColumn, formatDuration(estimate.wallTimeS));
    set(LatencyColumn,
        tr("%1 ms (%2)").arg(number(estimate.expectedLatencyMs), latencySourceText(estimate.latencySource)));

    if (!estimate.throughputRps) {
        set(ThroughputColumn, tr("unknown"), tr("Expected latency and think time are both 0."));
        set(RequestsColumn, tr("unknown"));
    } else {
        QString throughput = tr("%1 req/s").arg(number(*estimate.throughputRps, *estimate.throughputRps < 10 ? 1 : 0));
        QString tip = phase.model == LoadModel::Closed
                          ? tr("%n user(s) / (%1 ms latency + %2 ms mean think time)", nullptr, phase.users)
                                .arg(number(estimate.expectedLatencyMs), number(estimate.meanThinkTimeMs))
                          : tr("The arrival rate; about %1 requests in flight at the expected latency.")
                                .arg(number(estimate.concurrency));
        QTableWidgetItem *item = set(ThroughputColumn, throughput, tip);
        if (estimate.exceedsMaxUsers) {
            item->setText(tr("\u26A0 %1: max users too low").arg(throughput));
            item->setToolTip(tr("About %1 requests would be in flight at the expected latency, but max users is "
                                "%2: arrivals finding all busy are dropped and count as errors.")
                                 .arg(number(estimate.concurrency))
                                 .arg(phase.maxUsers));
            item->setBackground(verdictTint(Verdict::Warn));
        }
        set(RequestsColumn, number(estimate.expectedRequests));
    }

    const std::vector<Target> targets = m_document->plan().effectiveTargets(phase);
    const auto throughputTarget =
        std::find_if(targets.begin(), targets.end(), [](const Target &t) { return t.metric == Metric::ThroughputRps; });
    if (throughputTarget == targets.end()) {
        set(TargetColumn, tr("not judged"), tr("This phase has no throughput target."));
    } else if (!estimate.throughputRps) {
        set(TargetColumn, tr("unknown"));
    } else {
        const Verdict verdict = evaluate(*throughputTarget, *estimate.throughputRps);
        const QString goal = number(throughputTarget->goal), critical = number(throughputTarget->critical);
        QString text;
        switch (verdict) {
        case Verdict::Pass:
            text = tr("\u2714 PASS: meets the goal of %1 req/s").arg(goal);
            break;
        case Verdict::Warn:
            text = tr("\u26A0 WARN: below the goal of %1, above the critical %2 req/s").arg(goal, critical);
            break;
        case Verdict::Fail:
            text = tr("\u2716 FAIL: below the critical %1 req/s").arg(critical);
            break;
        }
        QTableWidgetItem *item =
            set(TargetColumn, text, tr("If the latency is as expected. More users or less think time raise it."));
        item->setBackground(verdictTint(verdict));
    }
}

} // namespace ls
