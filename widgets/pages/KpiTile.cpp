#include "KpiTile.h"

#include "PageWidgets.h"
#include "ResultText.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ls {

namespace {

QString objectNameOf(Kpi kpi)
{
    switch (kpi) {
    case Kpi::RequestsPerS:
        return QStringLiteral("kpiRequestsPerS");
    case Kpi::P50Ms:
        return QStringLiteral("kpiP50");
    case Kpi::P95Ms:
        return QStringLiteral("kpiP95");
    case Kpi::P99Ms:
        return QStringLiteral("kpiP99");
    case Kpi::SuccessRate:
        return QStringLiteral("kpiSuccessRate");
    case Kpi::ErrorRate:
        return QStringLiteral("kpiErrorRate");
    case Kpi::ActiveUsers:
        return QStringLiteral("kpiActiveUsers");
    case Kpi::Dropped:
        return QStringLiteral("kpiDropped");
    case Kpi::GeneratorCpu:
        return QStringLiteral("kpiGeneratorCpu");
    case Kpi::SendLagP99:
        return QStringLiteral("kpiSendLag");
    }
    return {};
}

} // namespace

KpiTile::KpiTile(const QString &title, QWidget *parent) : QFrame(parent)
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(title);
    m_title = new QLabel(title, this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_value = new QLabel(this);
    QFont valueFont = m_value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.6);
    valueFont.setBold(true);
    m_value->setFont(valueFont);
    m_value->setObjectName(QStringLiteral("value"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setContentsMargins(6, 1, 6, 1);
    m_status->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Preferred);
    m_target = new QLabel(this);
    m_target->setObjectName(QStringLiteral("target"));
    m_target->setWordWrap(true);
    QFont smallFont = m_target->font();
    smallFont.setPointSizeF(smallFont.pointSizeF() * 0.9);
    m_target->setFont(smallFont);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->setSpacing(2);
    layout->addWidget(m_title);
    // The badge beside the value: one line less per tile leaves the charts below more height.
    auto *valueRow = new QHBoxLayout;
    valueRow->setSpacing(8);
    valueRow->addWidget(m_value);
    valueRow->addWidget(m_status, 0, Qt::AlignVCenter);
    valueRow->addStretch(1);
    layout->addLayout(valueRow);
    layout->addWidget(m_target);
    layout->addStretch(1);
    clear();
}

void KpiTile::setReading(const KpiReading &reading)
{
    m_value->setText(ResultText::kpiValue(reading));
    QString status;
    if (reading.verdict)
        status = ResultText::verdict(*reading.verdict);
    else if (reading.kpi == Kpi::SendLagP99 && !reading.hasValue)
        status = tr("– open model only"); // the closed model has no schedule to be late against
    else
        status = ResultText::noVerdict(reading.target.has_value() || reading.limit.has_value());
    setVerdictBadge(m_status, status, reading.verdict);
    if (reading.target)
        m_target->setText(ResultText::target(*reading.target));
    else if (reading.limit)
        m_target->setText(tr("limit %1 (load generator)")
                              .arg(reading.kpi == Kpi::SendLagP99 ? ResultText::milliseconds(*reading.limit)
                                                                  : QStringLiteral("%1 %").arg(*reading.limit)));
    else
        m_target->clear();
    setAccessibleDescription(
        QStringList{m_value->text(), m_status->text(), m_target->text()}.join(QStringLiteral(", ")));
}

void KpiTile::clear()
{
    m_value->setText(tr("—"));
    setVerdictBadge(m_status, tr("– not running"), std::nullopt);
    m_target->clear();
    setAccessibleDescription(tr("not running"));
}

QString KpiTile::title() const
{
    return m_title->text();
}

QString KpiTile::valueText() const
{
    return m_value->text();
}

QString KpiTile::statusText() const
{
    return m_status->text();
}

QString KpiTile::targetText() const
{
    return m_target->text();
}

KpiPanel::KpiPanel(QWidget *parent) : QWidget(parent)
{
    setAccessibleName(tr("Live figures"));
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    constexpr int columns = 5;
    int index = 0;
    for (Kpi kpi : allKpis()) {
        auto *tile = new KpiTile(ResultText::kpiTitle(kpi), this);
        tile->setObjectName(objectNameOf(kpi));
        grid->addWidget(tile, index / columns, index % columns);
        m_tiles[kpi] = tile;
        ++index;
    }
    for (int c = 0; c < columns; ++c)
        grid->setColumnStretch(c, 1);
}

void KpiPanel::setReadings(const std::vector<KpiReading> &readings)
{
    for (const KpiReading &reading : readings)
        m_tiles.at(reading.kpi)->setReading(reading);
}

void KpiPanel::clear()
{
    for (const auto &[kpi, tile] : m_tiles)
        tile->clear();
}

} // namespace ls
