#pragma once

#include "context.h"
#include "messagebanner.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;

namespace Gui {

// 服务包管理: packages are versioned; saving stores a new version and retires the old one, so
// signed contracts keep what they were signed with. Needs the settings.write permission.
class PackageAdminWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PackageAdminWidget(const Context &context, QWidget *parent = nullptr);

public slots:
    void reload();
    void saveNewVersion();
    void newPackage();

private:
    void showPackage();
    const Context &m_context;
    QListWidget *m_list = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QComboBox *m_kind = nullptr;
    QDoubleSpinBox *m_insurance = nullptr;
    QDoubleSpinBox *m_publicHealth = nullptr;
    QDoubleSpinBox *m_resident = nullptr;
    QLabel *m_fee = nullptr;
    QLineEdit *m_eligible = nullptr;
    QPlainTextEdit *m_services = nullptr;
    MessageBanner *m_message = nullptr;
};

} // namespace Gui
