#pragma once
// Line charts drawn straight onto a QPainter for print: vector, black and white readable (each line has its own
// dash pattern and a legend entry, not only a colour), with rounded axis ticks.

#include <QPainter>
#include <QPointF>
#include <QRectF>
#include <QString>

#include <utility>
#include <vector>

namespace ls {

struct PdfChartLine
{
    QString name;
    std::vector<QPointF> points;
    bool rightAxis = false; // drawn against the right-hand value axis
};

struct PdfReferenceLine
{
    double value = 0;
    QString label;
};

struct PdfChart
{
    QString title;
    QString xTitle, yTitle, rightTitle;
    std::vector<PdfChartLine> lines;
    std::vector<PdfReferenceLine> references;       // horizontal, against the left axis (goal, critical)
    std::vector<std::pair<double, QString>> xTicks; // fixed ticks (e.g. percentiles); empty: rounded numbers
    bool markPoints = false;
};

void drawPdfChart(QPainter &painter, const QRectF &rect, const PdfChart &chart);
// The pen of the i-th line: colour for screens, dash pattern for paper.
QPen pdfLinePen(int index);

} // namespace ls
