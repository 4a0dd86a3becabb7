#pragma once

#include "setuppage.h"

#include <utility>

class QLineEdit;

namespace Gui {

class EntryTable;

// 区划: the township (乡镇/街道) and its villages and communities, each with its 12-digit
// statistical area code (统计用区划代码), in a table typed or pasted in.
class AreasPage : public SetupPage
{
    Q_OBJECT
public:
    explicit AreasPage(QWidget *parent = nullptr);
    void contribute(QJsonObject &root, bool forFile) const override;

    QString townshipCode() const;
    QString townshipName() const;
    QList<std::pair<QString, QString>> villages() const; // code, name of the rows filled in
    EntryTable *villageTable() const { return m_villages; }
    QLineEdit *townshipCodeEdit() const { return m_code; }

protected:
    QString place(const Models::SetupProblem &p, bool focus) override;
    void clearMarks() override;

private:
    void completeCode(int row, int column);

    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    EntryTable *m_villages = nullptr;
};

} // namespace Gui
