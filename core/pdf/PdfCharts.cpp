#include "PdfCharts.h"

#include <QFontMetricsF>

#include <algorithm>
#include <cmath>
#include <limits>

namespace ls {

namespace {

// A step of 1, 2 or 5 times a power of ten giving about `count` intervals over span.
double niceStep(double span, int count)
{
    if (span <= 0)
        return 1;
    const double raw = span / count;
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * power >= raw)
            return m * power;
    }
    return 10 * power;
}

QString tickText(double v, double step)
{
    const int decimals = step >= 1 ? 0 : int(std::ceil(-std::log10(step)));
    return QString::number(v, 'f', decimals);
}

struct Range
{
    double lo = 0, hi = 1;
};

} // namespace

QPen pdfLinePen(int index)
{
    static const QColor colors[] = {QColor(0x00, 0x5a, 0x9c), QColor(0xc0, 0x50, 0x00), QColor(0x00, 0x80, 0x5a),
                                    QColor(0x80, 0x30, 0x80), QColor(0x50, 0x50, 0x50), QColor(0xa0, 0x80, 0x00)};
    static const Qt::PenStyle styles[] = {Qt::SolidLine, Qt::DashLine, Qt::DotLine, Qt::DashDotLine,
                                          Qt::DashDotDotLine};
    QPen pen(colors[std::size_t(index) % std::size(colors)], 1.4, styles[std::size_t(index) % std::size(styles)]);
    pen.setCapStyle(Qt::FlatCap);
    return pen;
}

void drawPdfChart(QPainter &p, const QRectF &rect, const PdfChart &chart)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(7.5);
    QFont titleFont = font;
    titleFont.setBold(true);
    titleFont.setPointSizeF(9);
    const QFontMetricsF fm(font, p.device());

    Range x{std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()};
    Range left{0, 0}, right{0, 0};
    bool anyRight = false;
    for (const PdfChartLine &line : chart.lines) {
        for (const QPointF &pt : line.points) {
            x.lo = std::min(x.lo, pt.x());
            x.hi = std::max(x.hi, pt.x());
            Range &y = line.rightAxis ? right : left;
            y.hi = std::max(y.hi, pt.y());
        }
        anyRight = anyRight || line.rightAxis;
    }
    for (const PdfReferenceLine &r : chart.references)
        left.hi = std::max(left.hi, r.value);
    if (!chart.xTicks.empty()) {
        x.lo = std::min(x.lo, chart.xTicks.front().first);
        x.hi = std::max(x.hi, chart.xTicks.back().first);
    }
    if (x.lo >= x.hi) {
        x.lo = std::min(x.lo, 0.0);
        x.hi = x.lo + 1;
    }
    const double leftStep = niceStep(std::max(left.hi, 1e-9) * 1.05, 5);
    left.hi = std::ceil(std::max(left.hi, 1e-9) * 1.05 / leftStep) * leftStep;
    const double rightStep = niceStep(std::max(right.hi, 1e-9) * 1.05, 5);
    right.hi = std::ceil(std::max(right.hi, 1e-9) * 1.05 / rightStep) * rightStep;

    // Title on top, legend at the bottom, axis labels around the plot.
    p.setFont(titleFont);
    p.setPen(Qt::black);
    const double titleH = chart.title.isEmpty() ? 0 : QFontMetricsF(titleFont, p.device()).height() + 4;
    p.drawText(QRectF(rect.left(), rect.top(), rect.width(), titleH), Qt::AlignHCenter | Qt::AlignTop, chart.title);
    const double legendH = fm.height() + 6;
    const double leftLabelW = fm.horizontalAdvance(tickText(left.hi, leftStep)) + fm.height() + 8;
    const double rightLabelW = anyRight ? fm.horizontalAdvance(tickText(right.hi, rightStep)) + fm.height() + 8 : 10;
    const QRectF plot(rect.left() + leftLabelW, rect.top() + titleH + 4, rect.width() - leftLabelW - rightLabelW,
                      rect.height() - titleH - 4 - 2 * fm.height() - 8 - legendH);
    auto px = [&](double v) { return plot.left() + (v - x.lo) / (x.hi - x.lo) * plot.width(); };
    auto py = [&](double v, const Range &r) { return plot.bottom() - (v - r.lo) / (r.hi - r.lo) * plot.height(); };

    p.setFont(font);
    p.setPen(QPen(QColor(200, 200, 200), 0.4));
    for (double v = 0; v <= left.hi + leftStep / 2; v += leftStep) {
        p.drawLine(QPointF(plot.left(), py(v, left)), QPointF(plot.right(), py(v, left)));
    }
    p.setPen(Qt::black);
    for (double v = 0; v <= left.hi + leftStep / 2; v += leftStep)
        p.drawText(QRectF(rect.left(), py(v, left) - fm.height() / 2, leftLabelW - 4, fm.height()),
                   Qt::AlignRight | Qt::AlignVCenter, tickText(v, leftStep));
    if (anyRight) {
        for (double v = 0; v <= right.hi + rightStep / 2; v += rightStep)
            p.drawText(QRectF(plot.right() + 4, py(v, right) - fm.height() / 2, rightLabelW, fm.height()),
                       Qt::AlignLeft | Qt::AlignVCenter, tickText(v, rightStep));
    }
    std::vector<std::pair<double, QString>> xTicks = chart.xTicks;
    if (xTicks.empty()) {
        const double step = niceStep(x.hi - x.lo, 6);
        for (double v = std::ceil(x.lo / step) * step; v <= x.hi + step / 1000; v += step)
            xTicks.emplace_back(v, tickText(v, step));
    }
    for (const auto &[v, label] : xTicks) {
        p.setPen(QPen(QColor(200, 200, 200), 0.4));
        p.drawLine(QPointF(px(v), plot.top()), QPointF(px(v), plot.bottom()));
        p.setPen(Qt::black);
        p.drawText(QRectF(px(v) - 40, plot.bottom() + 2, 80, fm.height()), Qt::AlignHCenter | Qt::AlignTop, label);
    }
    p.setPen(QPen(Qt::black, 0.8));
    p.drawRect(plot);
    p.drawText(QRectF(plot.left(), plot.bottom() + fm.height() + 2, plot.width(), fm.height()), Qt::AlignHCenter,
               chart.xTitle);
    p.save();
    p.translate(rect.left() + fm.height() / 2 + 1, plot.center().y());
    p.rotate(-90);
    p.drawText(QRectF(-plot.height() / 2, -fm.height() / 2, plot.height(), fm.height()), Qt::AlignCenter, chart.yTitle);
    p.restore();
    if (anyRight) {
        p.save();
        p.translate(rect.right() - fm.height() / 2 - 1, plot.center().y());
        p.rotate(90);
        p.drawText(QRectF(-plot.height() / 2, -fm.height() / 2, plot.height(), fm.height()), Qt::AlignCenter,
                   chart.rightTitle);
        p.restore();
    }

    // Reference levels: thin black dashes with their label at the right end.
    for (const PdfReferenceLine &r : chart.references) {
        p.setPen(QPen(Qt::black, 0.7, Qt::DashLine));
        p.drawLine(QPointF(plot.left(), py(r.value, left)), QPointF(plot.right(), py(r.value, left)));
        p.drawText(QRectF(plot.left(), py(r.value, left) - fm.height() - 1, plot.width() - 4, fm.height()),
                   Qt::AlignRight | Qt::AlignBottom, r.label);
    }
    p.save();
    p.setClipRect(plot.adjusted(-2, -2, 2, 2));
    for (std::size_t i = 0; i < chart.lines.size(); ++i) {
        const PdfChartLine &line = chart.lines[i];
        const Range &y = line.rightAxis ? right : left;
        QPolygonF poly;
        for (const QPointF &pt : line.points)
            poly << QPointF(px(pt.x()), py(pt.y(), y));
        p.setPen(pdfLinePen(int(i)));
        p.drawPolyline(poly);
        if (chart.markPoints) {
            p.setBrush(pdfLinePen(int(i)).color());
            for (const QPointF &pt : poly)
                p.drawEllipse(pt, 1.8, 1.8);
            p.setBrush(Qt::NoBrush);
        }
    }
    p.restore();

    // Legend: a short sample of each line's pen, then its name.
    double lx = plot.left();
    const double ly = rect.bottom() - legendH / 2;
    for (std::size_t i = 0; i < chart.lines.size(); ++i) {
        p.setPen(pdfLinePen(int(i)));
        p.drawLine(QPointF(lx, ly), QPointF(lx + 18, ly));
        p.setPen(Qt::black);
        const QString name = chart.lines[i].name;
        p.drawText(QPointF(lx + 22, ly + fm.ascent() / 2 - 1), name);
        lx += 22 + fm.horizontalAdvance(name) + 14;
    }
}

} // namespace ls
