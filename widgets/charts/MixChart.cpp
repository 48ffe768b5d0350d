#include "MixChart.h"

#include "PlanDocument.h"

#include <QChart>
#include <QChartView>
#include <QGraphicsLayout>
#include <QLegend>
#include <QLocale>
#include <QPieSeries>
#include <QPieSlice>
#include <QVBoxLayout>

#include <algorithm>

namespace ls {

MixChart::MixChart(PlanDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_view(new QChartView(this)), m_chart(new QChart),
      m_series(new QPieSeries(m_chart))
{
    setObjectName(QStringLiteral("mixChart"));
    setAccessibleName(tr("Scenario mix"));
    setToolTip(tr("Each scenario's share of the requests: its weight divided by the sum of all weights."));
    m_chart->addSeries(m_series);
    m_chart->setAnimationOptions(QChart::NoAnimation); // a redraw per keystroke must not lag behind
    m_chart->legend()->setAlignment(Qt::AlignRight);
    m_chart->legend()->setFont(font());
    m_chart->setTitleFont(font());
    m_chart->setBackgroundRoundness(0);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_series->setPieSize(0.85);
    m_view->setChart(m_chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setFocusPolicy(Qt::NoFocus); // nothing to operate; the table holds the same numbers
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    // Room for the pie and a legend line per scenario, in text units so it scales with the font.
    const int line = fontMetrics().lineSpacing();
    setMinimumSize(line * 22, line * 9);

    connect(m_document, &PlanDocument::planChanged, this, &MixChart::refresh);
    refresh();
}

QList<QPair<QString, double>> MixChart::shownShares() const
{
    return m_shown;
}

void MixChart::refresh()
{
    const Plan &plan = m_document->plan();
    const std::vector<double> shares = plan.scenarioShares();
    QList<QPair<QString, double>> wanted;
    for (size_t i = 0; i < shares.size(); ++i)
        wanted.append({plan.scenarios[i].name, shares[i]});
    if (wanted == m_shown && !m_series->slices().isEmpty())
        return;
    m_shown = wanted;

    m_series->clear();
    QStringList description;
    for (const auto &[name, share] : std::as_const(m_shown)) {
        const QString label = tr("%1: %2 %").arg(name, QLocale().toString(share, 'f', 1));
        QPieSlice *slice = m_series->append(label, share);
        slice->setLabelVisible(false); // the legend carries the labels; slice labels would overlap small slices
        description << label;
    }
    const bool noTraffic = std::all_of(shares.begin(), shares.end(), [](double s) { return s <= 0; });
    m_chart->setTitle(noTraffic ? tr("No scenario has a weight above 0: nothing would be sent.") : QString());
    setAccessibleDescription(description.join(QStringLiteral("; ")));
}

} // namespace ls
