#pragma once
// Small building blocks the run and results pages share, so tables and badges look and behave the same.

#include "Targets.h"

#include <QScrollArea>
#include <QString>

#include <optional>

class QAbstractItemModel;
class QLabel;
class QTableView;
class QWidget;

namespace ls {

// A read-only table: whole-row selection, Tab leaves it (arrows move inside), last column stretched.
QTableView *makeResultTable(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                            QWidget *parent);
// The height that shows the table's header and up to `maxRows` rows without scrolling.
int tableHeightForRows(const QTableView *table, int maxRows);
// A frameless scroll area that gives its page the whole viewport and scrolls only below the page's minimum size.
// (QScrollArea's own resizing asks pages with word-wrapped labels for their preferred height instead, so a page
// that would fit scrolled anyway.)
class PageScrollArea : public QScrollArea
{
    Q_OBJECT
public:
    explicit PageScrollArea(QWidget *content, QWidget *parent = nullptr);

protected:
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitContent();
};

// `content` in a PageScrollArea: a tall page scrolls inside its tab rather than forcing the window taller.
QWidget *scrollable(QWidget *content, const QString &objectName, QWidget *parent);
// `content` under a bold caption that names it (and is its buddy, for screen readers).
QWidget *captioned(const QString &caption, QWidget *content, QWidget *parent);
// A label as a badge: the verdict's text on its colour, white; neutral colours without a verdict.
void setVerdictBadge(QLabel *badge, const QString &text, std::optional<Verdict> verdict);

} // namespace ls
