// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
#include "app/factmodel.h"

FactModel::FactModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int FactModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_facts.size());
}

QHash<int, QByteArray> FactModel::roleNames() const
{
    return {{SectionRole, "section"},
            {LabelRole, "label"},
            {ValueRole, "value"},
            {LineRole, "line"}};
}

QVariant FactModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Fact &fact = m_facts.at(index.row());
    switch (role) {
    case SectionRole: return fact.section;
    case Qt::DisplayRole:
    case LabelRole: return fact.label;
    case ValueRole: return fact.value;
    case LineRole: return fact.line;
    default: return {};
    }
}

void FactModel::setFacts(const QList<Fact> &facts)
{
    beginResetModel();
    m_facts = facts;
    endResetModel();
}

QString FactModel::sectionAt(int row) const
{
    return row >= 0 && row < m_facts.size() ? m_facts.at(row).section : QString();
}
