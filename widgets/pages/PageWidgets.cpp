#include "PageWidgets.h"

#include "ResultText.h"

#include <QAbstractItemModel>
#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLayout>
#include <QScrollArea>
#include <QScrollBar>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace ls {

QTableView *makeResultTable(QAbstractItemModel *model, const QString &objectName, const QString &accessibleName,
                            QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(objectName);
    table->setAccessibleName(accessibleName);
    table->setModel(model);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->setTabKeyNavigation(false); // Tab moves on to the next control, arrows move within the table
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setSectionResizeMode(model->columnCount() - 1, QHeaderView::Stretch);
    return table;
}

int tableHeightForRows(const QTableView *table, int maxRows)
{
    const int rows = std::min(table->model() ? table->model()->rowCount() : 0, maxRows);
    int height = table->horizontalHeader()->sizeHint().height() + 2 * table->frameWidth();
    for (int row = 0; row < rows; ++row)
        height += table->rowHeight(row) > 0 ? table->rowHeight(row) : table->verticalHeader()->defaultSectionSize();
    if (rows == 0)
        height += table->verticalHeader()->defaultSectionSize();
    if (table->horizontalScrollBar()->isVisible())
        height += table->horizontalScrollBar()->sizeHint().height();
    return height;
}

PageScrollArea::PageScrollArea(QWidget *content, QWidget *parent) : QScrollArea(parent)
{
    setFrameShape(QFrame::NoFrame);
    setWidgetResizable(false); // sized by fitContent()
    setWidget(content);
    content->installEventFilter(this);
}

void PageScrollArea::resizeEvent(QResizeEvent *event)
{
    QScrollArea::resizeEvent(event);
    fitContent();
}

bool PageScrollArea::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == widget() && event->type() == QEvent::LayoutRequest)
        fitContent();
    return QScrollArea::eventFilter(watched, event);
}

void PageScrollArea::fitContent()
{
    QWidget *content = widget();
    if (!content)
        return;
    const QSize available = maximumViewportSize(); // the viewport without scroll bars
    const QSize minimum = content->minimumSizeHint().expandedTo(content->minimumSize());
    const int width = std::max(available.width(), minimum.width());
    int height = minimum.height();
    if (content->layout() && content->layout()->hasHeightForWidth())
        height = std::max(height, content->layout()->minimumHeightForWidth(width));
    // With a vertical scroll bar the page loses its width: ask again for the narrower page.
    const int finalWidth = height > available.height()
                               ? std::max(minimum.width(), width - verticalScrollBar()->sizeHint().width())
                               : width;
    content->resize(finalWidth, std::max(available.height(), height));
}

QWidget *scrollable(QWidget *content, const QString &objectName, QWidget *parent)
{
    auto *scroll = new PageScrollArea(content, parent);
    scroll->setObjectName(objectName);
    return scroll;
}

QWidget *captioned(const QString &caption, QWidget *content, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *label = new QLabel(caption, box);
    QFont font = label->font();
    font.setBold(true);
    label->setFont(font);
    label->setBuddy(content);
    layout->addWidget(label);
    layout->addWidget(content, 1);
    return box;
}

void setVerdictBadge(QLabel *badge, const QString &text, std::optional<Verdict> verdict)
{
    badge->setText(text);
    badge->setAutoFillBackground(true);
    QPalette pal = badge->parentWidget() ? badge->parentWidget()->palette() : badge->palette();
    if (verdict) {
        pal.setColor(QPalette::Window, ResultText::verdictColor(*verdict));
        pal.setColor(QPalette::WindowText, Qt::white);
    } else {
        pal.setColor(QPalette::Window, pal.color(QPalette::AlternateBase));
    }
    badge->setPalette(pal);
}

} // namespace ls
