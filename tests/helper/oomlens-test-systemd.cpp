// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers
// A stand-in for systemd's manager on the tests' private system bus. This machine runs no
// systemd, so the real SetUnitProperties cannot be called; this program owns
// org.freedesktop.systemd1, answers SetUnitProperties and Reload, and appends each call
// (with the message's allow-interactive-authorization flag and the typed properties) as
// one JSON line to the file given as its argument. It never pretends to authorize.
#include <QCoreApplication>
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVariant>
#include <QDBusVirtualObject>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace {

QJsonValue variantToJson(const QVariant &value)
{
    switch (value.metaType().id()) {
    case QMetaType::ULongLong:
        return QJsonObject{{u"type"_s, u"t"_s}, {u"value"_s, QString::number(value.toULongLong())}};
    case QMetaType::QByteArray:
        return QJsonObject{{u"type"_s, u"ay"_s},
                           {u"value"_s, QString::fromLatin1(value.toByteArray().toHex())}};
    case QMetaType::QString:
        return QJsonObject{{u"type"_s, u"s"_s}, {u"value"_s, value.toString()}};
    default: return QJsonObject{{u"type"_s, QString::fromLatin1(value.typeName())}};
    }
}

class Manager : public QDBusVirtualObject
{
public:
    explicit Manager(QString log)
        : m_log(std::move(log))
    {
    }
    QString introspect(const QString &) const override { return QString(); }
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &connection) override
    {
        if (message.interface() != u"org.freedesktop.systemd1.Manager")
            return false;
        QJsonObject record{{u"member"_s, message.member()},
                           {u"signature"_s, message.signature()},
                           {u"interactive"_s, message.isInteractiveAuthorizationAllowed()}};
        if (message.member() == u"SetUnitProperties" && message.signature() == u"sba(sv)") {
            record.insert(u"unit"_s, message.arguments().at(0).toString());
            record.insert(u"runtime"_s, message.arguments().at(1).toBool());
            QJsonObject properties;
            const QDBusArgument array = message.arguments().at(2).value<QDBusArgument>();
            array.beginArray();
            while (!array.atEnd()) {
                QString name;
                QDBusVariant value;
                array.beginStructure();
                array >> name >> value;
                array.endStructure();
                properties.insert(name, variantToJson(value.variant()));
            }
            array.endArray();
            record.insert(u"properties"_s, properties);
        } else if (message.member() != u"Reload") {
            connection.send(message.createErrorReply(u"org.freedesktop.DBus.Error.UnknownMethod"_s,
                                                     message.member()));
            return true;
        }
        {
            // Closed (flushed) before the reply: the test reads the file as soon as it has it.
            QFile file(m_log);
            if (file.open(QIODevice::Append))
                file.write(QJsonDocument(record).toJson(QJsonDocument::Compact) + '\n');
        }
        connection.send(message.createReply());
        return true;
    }

private:
    QString m_log;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (app.arguments().size() != 2)
        return 2;
    Manager manager(app.arguments().at(1));
    QDBusConnection bus = QDBusConnection::systemBus();
    if (!bus.registerVirtualObject(u"/org/freedesktop/systemd1"_s, &manager)
        || !bus.registerService(u"org.freedesktop.systemd1"_s))
        return 1;
    return app.exec();
}
