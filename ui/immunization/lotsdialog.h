#pragma once

#include "context.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;

namespace Models {
class LotListModel;
}

namespace Gui {

// 疫苗库存: the lots usable today (first to expire first) and a form to receive a new lot.
// An expired lot is refused.
class LotsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LotsDialog(const Context &context, QWidget *parent = nullptr);
    Models::LotListModel *model() const { return m_model; }
    QComboBox *vaccineBox() const { return m_vaccine; }
    QLineEdit *lotEdit() const { return m_lotNo; }
    QDateEdit *expiryEdit() const { return m_expiry; }
    QLabel *messageLabel() const { return m_message; }

public slots:
    bool addLot();
    void reload();

private:
    const Context &m_context;
    QComboBox *m_vaccine = nullptr;
    QLineEdit *m_lotNo = nullptr;
    QLineEdit *m_manufacturer = nullptr;
    QDateEdit *m_expiry = nullptr;
    QLabel *m_message = nullptr;
    QTableView *m_table = nullptr;
    Models::LotListModel *m_model = nullptr;
};

} // namespace Gui
