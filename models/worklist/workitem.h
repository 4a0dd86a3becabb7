#pragma once

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace Models {

// One thing to do on the daily work list: for a resident (what, why in words, by when, which
// form does it), or for the clinic itself (an unsent change, a sync conflict, a rejected record:
// no resident). Sources fill the "what"; the work list fills the "who" from the resident's row,
// so every programme shows the same household, address and route.
struct WorkItem
{
    // Who: filled by the work list (empty for the clinic's own queue).
    QString residentId;
    QString name;
    QString sex; // M, F
    QDate birthDate;
    QString villageCode;
    QString villageName;
    QString householdId;
    QString address;  // the household's address (the resident's when there is no household)
    QString headName; // the household head
    QString group;    // the 组 of the address ("3组"), empty when it names none
    QString sortKey;  // the resident's pinyin sort key
    // The route: the 组 and house numbers of the address (-1 when it names none), whether the
    // resident heads the household.
    int groupNumber = -1;
    int houseNumber = -1;
    bool householdHead = false;

    // What: set by the source.
    QString source;    // the source's id in resources/rules/worklist_sources.json
    QString programme; // the programme in words (慢病随访, 预防接种 ...)
    // followup, dose, annual_check, renewal, task; unsent, conflict, rejected for the queue
    QString kind;
    QString reason; // in words
    QDate dueDate;  // invalid for the clinic's queue
    int daysOverdue = 0;
    QString form;    // which form opens it: chronic_followup, vaccine_dose, health_check,
                     // contract_renewal, contract_task, sync_queue (docs/worklist.md)
    QString formRef; // what that form needs: registration id, "series:dose", contract or task id
    // What the form is about, beside the resident (the chronic programme, the dose, the task):
    // items of one resident with the same form and subject make one line.
    QString subject;
    QStringList alsoDone; // contract tasks the same form fulfils, folded into this item
    // How the item reads when folded into another one with the same form (a contract task's
    // name); empty when it is never folded.
    QString foldLabel;

    bool overdue() const { return daysOverdue > 0; }
    bool isQueue() const { return residentId.isEmpty(); }
    // The household the item is grouped under (the resident alone when they have none).
    QString householdKey() const
    {
        return householdId.isEmpty() ? QStringLiteral("r:") + residentId : householdId;
    }
    // 逾期 12 天 / 今日到期 / 3 天后到期 / 待处理: the state in words, never by colour alone.
    QString statusText(const QDate &today) const;
    // The reason with the folded contract tasks ("……；同时完成签约服务：高血压随访").
    QString fullReason() const;
    QJsonObject toJson(const QDate &today) const;
};

} // namespace Models

// Every member is a Qt value type that may be moved in memory: a list of 20,000 items grows and
// sorts by moving bytes, not by moving twenty strings one at a time.
Q_DECLARE_TYPEINFO(Models::WorkItem, Q_RELOCATABLE_TYPE);
