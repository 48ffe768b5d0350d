#pragma once
// Add, duplicate, remove, move up and move down for the rows of a plan table (scenarios, phases), as buttons
// and as keyboard shortcuts on the table (Insert, Ctrl+D, Delete, Alt+Up, Alt+Down). Each is one undo step,
// done through the model (insertRows, removeRows, moveRows and a duplicate function).

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QPushButton;
class QTableView;

namespace ls {

class TableRowButtons : public QWidget
{
    Q_OBJECT
public:
    // noun: what a row is, for accessible names ("scenario"); objectPrefix names the buttons:
    // "add<Prefix>", "duplicate<Prefix>", "remove<Prefix>", "move<Prefix>Up", "move<Prefix>Down".
    // duplicate(row) inserts a copy and returns its row (or -1).
    TableRowButtons(QTableView *table, const QString &noun, const QString &objectPrefix,
                    std::function<int(int)> duplicate, QWidget *parent = nullptr);

    QPushButton *addButton() const { return m_add; }
    QPushButton *lastButton() const { return m_down; } // for tab orders that continue after the buttons

private:
    void add();
    void duplicateCurrent();
    void removeCurrent();
    void move(int delta);
    void selectRow(int row, bool edit = false);
    void updateButtons();
    int currentRow() const;

    QTableView *m_table;
    std::function<int(int)> m_duplicate;
    QPushButton *m_add;
    QPushButton *m_duplicateButton;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace ls
