#pragma once
// Laying out a printed report on A4 pages with QPdfWriter: a flow of headings, paragraphs, tables, charts and
// monospaced text that breaks onto new pages, with a header (title, date) and a footer (page N of M) on each.
// Coordinates are points (1/72 inch); everything is vector, fonts are embedded by QPdfWriter.

#include <QFont>
#include <QPainter>
#include <QRectF>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

class QIODevice;
class QPdfWriter;

namespace ls {

struct PdfTable
{
    QStringList header;
    std::vector<QStringList> rows;
    std::vector<double> widths;     // relative column widths
    std::vector<bool> rightAligned; // per column
    std::vector<int> boldRows;      // rows drawn in bold (e.g. a verdict that failed)
};

class PdfPages
{
public:
    // totalPages: known from a first pass (0: the footer shows only the page number).
    PdfPages(QIODevice *device, const QString &title, const QString &subtitle, int totalPages);
    ~PdfPages();
    PdfPages(const PdfPages &) = delete;
    PdfPages &operator=(const PdfPages &) = delete;

    void heading(const QString &text, int level = 1); // level 1 starts on a fresh line with space above
    void paragraph(const QString &text, bool bold = false, double pointSize = 10);
    void table(const PdfTable &table);
    // A block of the given height drawn by draw(painter, rect); starts a new page if it does not fit.
    void block(double height, const std::function<void(QPainter &, const QRectF &)> &draw);
    void monospace(const QString &text); // wraps long lines, breaks across pages
    void space(double points);
    void newPage();
    int pageCount() const { return m_page; }
    bool finish(); // false if the device could not be written

    double contentWidth() const { return m_content.width(); }

private:
    void ensureRoom(double height);
    void drawFrame();
    double textHeight(const QString &text, const QFont &font, double width) const;

    std::unique_ptr<QPdfWriter> m_writer;
    QPainter m_painter;
    QString m_title, m_subtitle;
    int m_totalPages;
    int m_page = 1;
    QRectF m_content; // the printable area below the header and above the footer
    double m_y = 0;
    QFont m_font;
};

} // namespace ls
