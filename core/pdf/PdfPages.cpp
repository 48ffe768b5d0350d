#include "PdfPages.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextLayout>

#include <algorithm>
#include <numeric>

namespace ls {

namespace {
constexpr double margin = 48; // points, all sides
constexpr double headerHeight = 28;
constexpr double footerHeight = 22;
constexpr double cellPadding = 3;
} // namespace

PdfPages::PdfPages(QIODevice *device, const QString &title, const QString &subtitle, int totalPages)
    : m_writer(std::make_unique<QPdfWriter>(device)), m_title(title), m_subtitle(subtitle), m_totalPages(totalPages)
{
    m_writer->setPageSize(QPageSize(QPageSize::A4));
    m_writer->setPageMargins(QMarginsF(0, 0, 0, 0), QPageLayout::Point);
    m_writer->setResolution(72); // one device unit = one point
    m_writer->setTitle(title);
    m_writer->setCreator(QStringLiteral("Load Studio"));
    m_painter.begin(m_writer.get());
    m_painter.setRenderHint(QPainter::Antialiasing);
    m_font = QFont(QStringLiteral("DejaVu Sans"));
    m_font.setPointSizeF(10);
    const QRectF page(0, 0, m_writer->width(), m_writer->height());
    m_content = page.adjusted(margin, margin + headerHeight, -margin, -margin - footerHeight);
    drawFrame();
    m_y = m_content.top();
}

PdfPages::~PdfPages()
{
    if (m_painter.isActive())
        m_painter.end();
}

bool PdfPages::finish()
{
    return m_painter.end();
}

void PdfPages::drawFrame()
{
    const QRectF page(0, 0, m_writer->width(), m_writer->height());
    QFont small = m_font;
    small.setPointSizeF(8);
    m_painter.setFont(small);
    m_painter.setPen(Qt::black);
    const QRectF header(margin, margin, page.width() - 2 * margin, headerHeight - 8);
    m_painter.drawText(header, Qt::AlignLeft | Qt::AlignTop, m_title);
    m_painter.drawText(header, Qt::AlignRight | Qt::AlignTop, m_subtitle);
    m_painter.setPen(QPen(Qt::black, 0.5));
    m_painter.drawLine(QPointF(margin, margin + headerHeight - 6),
                       QPointF(page.width() - margin, margin + headerHeight - 6));
    const QRectF footer(margin, page.height() - margin - footerHeight + 8, page.width() - 2 * margin, footerHeight - 8);
    const QString number = m_totalPages > 0
                               ? QCoreApplication::translate("PdfReport", "Page %1 of %2").arg(m_page).arg(m_totalPages)
                               : QCoreApplication::translate("PdfReport", "Page %1").arg(m_page);
    m_painter.drawText(footer, Qt::AlignRight | Qt::AlignBottom, number);
    m_painter.drawText(footer, Qt::AlignLeft | Qt::AlignBottom, QStringLiteral("Load Studio"));
}

void PdfPages::newPage()
{
    m_writer->newPage();
    ++m_page;
    drawFrame();
    m_y = m_content.top();
}

void PdfPages::ensureRoom(double height)
{
    if (m_y + height > m_content.bottom() && m_y > m_content.top())
        newPage();
}

void PdfPages::space(double points)
{
    m_y += points;
}

double PdfPages::textHeight(const QString &text, const QFont &font, double width) const
{
    const QFontMetricsF metrics(font, m_writer.get());
    return metrics.boundingRect(QRectF(0, 0, width, 1e6), Qt::TextWordWrap, text).height();
}

void PdfPages::heading(const QString &text, int level)
{
    QFont font = m_font;
    font.setBold(true);
    font.setPointSizeF(level == 1 ? 15 : 12);
    const double above = level == 1 ? 14 : 8;
    const double h = textHeight(text, font, m_content.width());
    // A heading never ends a page: keep room for some of what follows.
    ensureRoom(above + h + 60);
    if (m_y > m_content.top())
        m_y += above;
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRectF(m_content.left(), m_y, m_content.width(), h), Qt::TextWordWrap, text);
    m_y += h + 4;
}

void PdfPages::paragraph(const QString &text, bool bold, double pointSize)
{
    QFont font = m_font;
    font.setBold(bold);
    font.setPointSizeF(pointSize);
    const double h = textHeight(text, font, m_content.width());
    ensureRoom(h);
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QRectF(m_content.left(), m_y, m_content.width(), h), Qt::TextWordWrap, text);
    m_y += h + 6;
}

void PdfPages::table(const PdfTable &t)
{
    QFont font = m_font;
    font.setPointSizeF(8.5);
    QFont bold = font;
    bold.setBold(true);
    const double total = std::accumulate(t.widths.begin(), t.widths.end(), 0.0);
    std::vector<double> widths;
    for (double w : t.widths)
        widths.push_back(m_content.width() * w / total);
    auto rowHeight = [&](const QStringList &cells, const QFont &f) {
        double h = 0;
        for (qsizetype c = 0; c < cells.size() && c < qsizetype(widths.size()); ++c)
            h = std::max(h, textHeight(cells[c], f, widths[std::size_t(c)] - 2 * cellPadding));
        return h + 2 * cellPadding;
    };
    auto drawRow = [&](const QStringList &cells, const QFont &f, bool shaded) {
        const double h = rowHeight(cells, f);
        double x = m_content.left();
        if (shaded)
            m_painter.fillRect(QRectF(x, m_y, m_content.width(), h), QColor(225, 225, 225));
        m_painter.setFont(f);
        m_painter.setPen(Qt::black);
        for (qsizetype c = 0; c < cells.size() && c < qsizetype(widths.size()); ++c) {
            const double w = widths[std::size_t(c)];
            const bool right = std::size_t(c) < t.rightAligned.size() && t.rightAligned[std::size_t(c)];
            m_painter.drawText(QRectF(x + cellPadding, m_y + cellPadding, w - 2 * cellPadding, h - 2 * cellPadding),
                               Qt::TextWordWrap | (right ? Qt::AlignRight : Qt::AlignLeft), cells[c]);
            x += w;
        }
        m_painter.setPen(QPen(QColor(120, 120, 120), 0.4));
        m_painter.drawLine(QPointF(m_content.left(), m_y + h), QPointF(m_content.right(), m_y + h));
        m_y += h;
    };
    ensureRoom(rowHeight(t.header, bold) + (t.rows.empty() ? 0 : rowHeight(t.rows.front(), font)));
    drawRow(t.header, bold, true);
    for (std::size_t r = 0; r < t.rows.size(); ++r) {
        const bool isBold = std::find(t.boldRows.begin(), t.boldRows.end(), int(r)) != t.boldRows.end();
        const QFont &f = isBold ? bold : font;
        if (m_y + rowHeight(t.rows[r], f) > m_content.bottom()) {
            newPage();
            drawRow(t.header, bold, true); // the header again on the new page
        }
        drawRow(t.rows[r], f, false);
    }
    m_y += 8;
}

void PdfPages::block(double height, const std::function<void(QPainter &, const QRectF &)> &draw)
{
    ensureRoom(height);
    const QRectF rect(m_content.left(), m_y, m_content.width(), height);
    m_painter.save();
    draw(m_painter, rect);
    m_painter.restore();
    m_y += height + 8;
}

void PdfPages::monospace(const QString &text)
{
    QFont font(QStringLiteral("DejaVu Sans Mono"));
    font.setStyleHint(QFont::Monospace);
    font.setPointSizeF(7);
    const QFontMetricsF metrics(font, m_writer.get());
    const int perLine = std::max(20, int(m_content.width() / metrics.horizontalAdvance(QLatin1Char('M'))));
    m_painter.setFont(font);
    m_painter.setPen(Qt::black);
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        for (qsizetype at = 0; at == 0 || at < line.size(); at += perLine) {
            ensureRoom(metrics.lineSpacing());
            m_painter.setFont(font);
            m_painter.drawText(QPointF(m_content.left(), m_y + metrics.ascent()), line.mid(at, perLine));
            m_y += metrics.lineSpacing();
        }
    }
    m_y += 6;
}

} // namespace ls
