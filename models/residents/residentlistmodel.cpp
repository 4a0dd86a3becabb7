#include "residentlistmodel.h"

#include "arearepository.h"
#include "codetable.h"
#include "residentlifecycle.h"

#include <QCoreApplication>

namespace Models {

ResidentListModel::ResidentListModel(QString connectionName, Scope scope, QObject *parent)
    : QAbstractTableModel(parent), m_conn(std::move(connectionName)), m_scope(std::move(scope))
{
    if (auto villages = AreaRepository(m_conn).villages(m_scope))
        for (const Area &a : *villages)
            m_villageNames.insert(a.code, a.name);
    reload();
}

ResidentListModel::~ResidentListModel() = default;

void ResidentListModel::setQuery(const QString &query)
{
    if (query == m_query)
        return;
    m_query = query;
    reload();
}

void ResidentListModel::setVillageFilter(const QString &villageCode)
{
    if (villageCode == m_village)
        return;
    m_village = villageCode;
    reload();
}

void ResidentListModel::refresh()
{
    reload();
}

void ResidentListModel::reload()
{
    beginResetModel();
    m_today = QDate::currentDate();
    m_plan = SearchPlan::forQuery(m_query);
    m_cursor = std::make_unique<ResidentCursor>(m_conn, m_plan, m_village, m_scope);
    m_pages.clear();
    // Browsing reads every row number now (a true scroll bar); a search reads one chunk.
    m_rids = m_cursor->next(m_plan.form == SearchPlan::Form::Browse ? INT_MAX : SearchChunk);
    endResetModel();
    emit resultsChanged();
}

QString ResidentListModel::hint() const
{
    if (m_cursor && !m_cursor->error().code.isEmpty())
        return m_cursor->error().message;
    return m_plan.hint;
}

QString ResidentListModel::residentId(int r) const
{
    const Resident *res = row(r);
    return res ? res->id : QString();
}

int ResidentListModel::rowOfResident(const QString &id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it)
        for (int i = 0; i < it.value().size(); ++i)
            if (it.value().at(i).id == id)
                return it.key() * PageSize + i;
    return -1;
}

int ResidentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rids.size());
}

int ResidentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const Resident *ResidentListModel::row(int r) const
{
    if (r < 0 || r >= m_rids.size())
        return nullptr;
    const int page = r / PageSize;
    auto it = m_pages.find(page);
    if (it == m_pages.end()) {
        if (m_pages.size() >= MaxCachedPages)
            m_pages.clear(); // the view only ever shows a screenful; refilling is cheap
        const int first = page * PageSize;
        const int n = qMin(PageSize, int(m_rids.size()) - first);
        it = m_pages.insert(page, loadResidentRows(m_conn, m_rids.mid(first, n)));
    }
    const int i = r % PageSize;
    return i < it->size() ? &it->at(i) : nullptr;
}

QVariant ResidentListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Resident *r = row(index.row());
    if (!r)
        return {};
    if (role == ResidentIdRole)
        return r->id;
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return r->name;
    case Sex:
        return CodeTable::get(QStringLiteral("sex")).label(QString(r->sex));
    case Age:
        return r->shownAge(m_today);
    case BirthDate:
        return r->birthDate.toString(Qt::ISODate);
    case IdNumber:
        return r->idNumber;
    case Phone:
        return r->phone;
    case Village:
        return m_villageNames.value(r->villageCode, r->villageCode);
    case Address:
        return r->address;
    case RecordNo:
        return r->recordNo;
    case LifeStatus:
        return lifeStatusText(*r);
    }
    return {};
}

QVariant ResidentListModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case Name:
        return tr("姓名");
    case Sex:
        return tr("性别");
    case Age:
        return tr("年龄");
    case BirthDate:
        return tr("出生日期");
    case IdNumber:
        return tr("身份证号");
    case Phone:
        return tr("电话");
    case Village:
        return tr("村（居委会）");
    case Address:
        return tr("地址");
    case RecordNo:
        return tr("档案编号");
    case LifeStatus:
        return tr("档案状态");
    }
    return {};
}

bool ResidentListModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_cursor && !m_cursor->atEnd();
}

void ResidentListModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    const QVector<qint64> more = m_cursor->next(SearchChunk);
    if (!more.isEmpty()) {
        m_pages.remove(int(m_rids.size() - 1) / PageSize); // the last page may have been partial
        beginInsertRows({}, int(m_rids.size()), int(m_rids.size() + more.size() - 1));
        m_rids += more;
        endInsertRows();
    }
    emit resultsChanged();
}

} // namespace Models
