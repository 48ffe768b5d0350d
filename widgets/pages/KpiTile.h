#pragma once
// Live key figures: a tile per figure with its value, a verdict badge against the running phase's target
// (symbol and word with the colour, never colour alone) and the target it is judged by.

#include "LiveMetrics.h"

#include <QFrame>

#include <map>

class QLabel;

namespace ls {

class KpiTile : public QFrame
{
    Q_OBJECT
public:
    explicit KpiTile(const QString &title, QWidget *parent = nullptr);

    void setReading(const KpiReading &reading);
    void clear();

    QString title() const;
    QString valueText() const;
    QString statusText() const;
    QString targetText() const;

private:
    QLabel *m_title = nullptr;
    QLabel *m_value = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_target = nullptr;
};

// The eight tiles (allKpis()) in a grid of four columns.
class KpiPanel : public QWidget
{
    Q_OBJECT
public:
    explicit KpiPanel(QWidget *parent = nullptr);

    void setReadings(const std::vector<KpiReading> &readings);
    void clear();
    KpiTile *tile(Kpi kpi) const { return m_tiles.at(kpi); }

private:
    std::map<Kpi, KpiTile *> m_tiles;
};

} // namespace ls
