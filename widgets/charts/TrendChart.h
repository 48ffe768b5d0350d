#pragma once
// A metric of one phase across the runs of a plan, by date: does tuning help, did something regress?

#include "History.h"

#include <QChartView>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace ls {

class TrendChart : public QChartView
{
    Q_OBJECT
public:
    explicit TrendChart(QWidget *parent = nullptr);

    void setTrend(const std::vector<TrendPoint> &points, const QString &title, const QString &unit);
    QLineSeries *series() const { return m_series; }

private:
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    QLineSeries *m_series;
};

} // namespace ls
