#pragma once

#include "setuppage.h"

#include <utility>

class QLineEdit;

namespace Gui {

class MessageBanner;

// 居民名单 (optional): the clinic's resident list (CSV or .xlsx). It is read and looked over here
// (rows, the name and village columns, village names not among the villages entered); the
// import itself runs after the clinic is set up, in the usual 导入居民名单 with its column
// mapping and dry run, as the new administrator.
class ImportPage : public SetupPage
{
    Q_OBJECT
public:
    explicit ImportPage(QWidget *parent = nullptr);
    void setVillages(const QList<std::pair<QString, QString>> &villages); // code, name
    void prepare() override;
    QVector<Models::SetupProblem> ownProblems() const override;
    QString file() const;
    QLineEdit *fileEdit() const { return m_path; }
    // What the look at the file found (for the summary), empty without a file.
    QString findings() const { return m_findings; }
    bool isComplete() const override { return true; }

protected:
    QString place(const Models::SetupProblem &p, bool focus) override;
    void clearMarks() override;

private:
    void inspect();

    QLineEdit *m_path = nullptr;
    MessageBanner *m_info = nullptr;
    QList<std::pair<QString, QString>> m_villages;
    QString m_inspected;
    QString m_error;
    QString m_findings;
};

} // namespace Gui
