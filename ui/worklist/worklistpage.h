#pragma once

#include "context.h"
#include "dailyworklist.h"

#include <QHash>
#include <QWidget>

#include <atomic>
#include <functional>
#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTableView;
class QThread;

namespace Models {
class WorkItemModel;
}

namespace Gui {

class MessageBanner;

// 今日工作: the page the workstation opens on. For a village and a date, everything due or
// overdue for each resident across programmes (resources/rules/worklist_sources.json), grouped
// by household in route order, plus the clinic's own queue. Enter opens the form that does the
// item; once the form is saved the list is read again and the item is gone. The forms live in
// other screen folders, so the shell installs one opener per form (docs/worklist.md).
class WorklistPage : public QWidget
{
    Q_OBJECT
public:
    explicit WorklistPage(const Context &context, QWidget *parent = nullptr);
    ~WorklistPage() override;

    // Opens the form of an item: true when it was saved (the list is then read again), false
    // when it was closed without saving, an error when the form could not be opened (shown on
    // the page).
    using ItemOpener =
        std::function<Models::Result<bool>(const Models::WorkItem &item, QWidget *parent)>;
    void setOpener(const QString &form, ItemOpener opener);

    // The list as shown (for export buttons), and the row of buttons they may join.
    Models::WorkItemModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void addToolWidget(QWidget *widget);

    QString area() const;
    void setArea(const QString &areaCode);
    QDate date() const;
    void setDate(const QDate &date);
    bool isLoading() const { return m_thread != nullptr; }

public slots:
    void reload();
    void openCurrent();
    void printSheet();
    void cancelLoading();

signals:
    void loaded();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void loadVillages();
    Models::WorklistRequest request() const;
    void apply(const Models::Result<Models::DailyWorklist> &result, int generation);
    void updateSummary();
    void applyFilter();

    const Context &m_context;
    QComboBox *m_village = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_programme = nullptr;
    QCheckBox *m_overdueOnly = nullptr;
    QPushButton *m_cancel = nullptr;
    QHBoxLayout *m_tools = nullptr;
    QLabel *m_summary = nullptr;
    MessageBanner *m_banner = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_status = nullptr;
    Models::WorkItemModel *m_model = nullptr;
    QHash<QString, ItemOpener> m_openers;
    bool m_villagesLoaded = false;
    bool m_loaded = false;
    int m_generation = 0;
    int m_keepRow = -1; // the row to select after reading again; -1: the first resident's
    QThread *m_thread = nullptr;
    std::shared_ptr<std::atomic_bool> m_cancelFlag;
};

} // namespace Gui
