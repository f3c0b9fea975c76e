// SPDX-License-Identifier: GPL-2.0-or-later
// SPDX-FileCopyrightText: 2026 OOM Lens developers

// Which language OOM Lens speaks: --lang, then the saved setting, then the locale; Qt's own
// catalogues loaded with ours; and oomlens-cli honouring --lang and the setting.

#include "i18n/languagechoice.h"
#include "i18n/translationinstaller.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace oom::i18n;

namespace {

void removeTranslators()
{
    const auto installed = QCoreApplication::instance()->findChildren<QTranslator *>();
    for (QTranslator *translator : installed) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

bool hasQtCatalogue(const QString &name)
{
    return QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u'/' + name
                             + u".qm"_s);
}

struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &arguments, const QString &configHome,
              const QString &lang = u"C.UTF-8"_s)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"LC_ALL"_s, lang);
    env.insert(u"LANG"_s, lang);
    env.remove(u"LANGUAGE"_s);
    env.insert(u"XDG_CONFIG_HOME"_s, configHome);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(OOMLENS_CLI), arguments);
    if (!process.waitForFinished(30000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

} // namespace

class TestLanguageChoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void cleanup()
    {
        removeTranslators();
        QLocale::setDefault(QLocale::c());
        setSavedLanguage({});
    }

    void available()
    {
        QCOMPARE(availableLanguages(), (QStringList{u"en"_s, u"ja"_s, u"zh_CN"_s, u"zh_TW"_s}));
    }

    void localeForLanguage_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected"); // QLocale::name(), or empty for none
        QTest::newRow("ja") << u"ja"_s << u"ja_JP"_s;
        QTest::newRow("ja_JP.UTF-8") << u"ja_JP.UTF-8"_s << u"ja_JP"_s;
        QTest::newRow("zh_CN") << u"zh_CN"_s << u"zh_CN"_s;
        QTest::newRow("zh-CN") << u"zh-CN"_s << u"zh_CN"_s;
        QTest::newRow("zh_SG reads simplified") << u"zh_SG"_s << u"zh_CN"_s;
        QTest::newRow("zh_TW") << u"zh_TW"_s << u"zh_TW"_s;
        QTest::newRow("zh_HK reads traditional") << u"zh_HK"_s << u"zh_TW"_s;
        QTest::newRow("zh-Hant") << u"zh-Hant"_s << u"zh_TW"_s;
        QTest::newRow("en") << u"en"_s << u"en_US"_s;
        QTest::newRow("C") << u"C"_s << u"C"_s;
        QTest::newRow("German has no translation") << u"de"_s << QString();
        QTest::newRow("nonsense") << u"xx-nonsense"_s << QString();
        QTest::newRow("empty") << QString() << QString();
    }

    void localeForLanguage()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        const std::optional<QLocale> locale = oom::i18n::localeForLanguage(name);
        QCOMPARE(locale ? locale->name() : QString(), expected);
    }

    void languageArgument_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        QTest::newRow("absent") << QStringList{u"prog"_s, u"analyze"_s} << QString();
        QTest::newRow("separate value")
            << QStringList{u"prog"_s, u"--lang"_s, u"ja"_s, u"rank"_s} << u"ja"_s;
        QTest::newRow("with =") << QStringList{u"prog"_s, u"--lang=zh_TW"_s} << u"zh_TW"_s;
        QTest::newRow("after another option")
            << QStringList{u"prog"_s, u"-v"_s, u"--lang=ja"_s} << u"ja"_s;
        QTest::newRow("a subcommand's argument is not ours")
            << QStringList{u"prog"_s, u"analyze"_s, u"--lang"_s, u"ja"_s} << QString();
        QTest::newRow("after --") << QStringList{u"prog"_s, u"--"_s, u"--lang=ja"_s} << QString();
    }

    void languageArgument()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        QCOMPARE(oom::i18n::languageArgument(arguments), expected);
    }

    void savedSetting()
    {
        QCOMPARE(savedLanguage(), QString());
        QVERIFY(setSavedLanguage(u"zh_CN"_s));
        QCOMPARE(savedLanguage(), u"zh_CN"_s);
        QVERIFY(QFileInfo::exists(settingsFilePath()));
        QString error;
        QVERIFY(!setSavedLanguage(u"klingon"_s, &error));
        QVERIFY2(error.contains(u"klingon"_s), qPrintable(error));
        QCOMPARE(savedLanguage(), u"zh_CN"_s);
        QVERIFY(setSavedLanguage({}));
        QCOMPARE(savedLanguage(), QString());
    }

    void precedence()
    {
        const QLocale system(QLocale::German, QLocale::Germany);
        QCOMPARE(chooseUiLocale({}, system), system);
        QVERIFY(setSavedLanguage(u"ja"_s));
        QCOMPARE(chooseUiLocale({}, system).name(), u"ja_JP"_s);
        QCOMPARE(chooseUiLocale(u"zh_TW"_s, system).name(), u"zh_TW"_s);
        // An override without a translation does not hide the saved setting.
        QCOMPARE(chooseUiLocale(u"xx"_s, system).name(), u"ja_JP"_s);
    }

    void overrideInstallsOursAndSetsTheLocale()
    {
        QCOMPARE(installTranslations(*QCoreApplication::instance(), u"ja"_s), u"ja"_s);
        QCOMPARE(QLocale().name(), u"ja_JP"_s);
        // One of our strings, as the Japanese .ts has it.
        QCOMPARE(QCoreApplication::translate("Cli", "Show the version and exit."),
                 u"バージョンを表示して終了します。"_s);
    }

    void qtCataloguesAreLoaded_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("catalogue");
        QTest::addColumn<QByteArray>("context");
        QTest::addColumn<QByteArray>("source");
        QTest::addColumn<QString>("expected");
        QTest::newRow("qtbase ja") << u"ja"_s << u"qtbase_ja"_s << QByteArray("QProgressDialog")
                                   << QByteArray("Cancel") << u"キャンセル"_s;
        QTest::newRow("qtdeclarative zh_CN")
            << u"zh_CN"_s << u"qtdeclarative_zh_CN"_s << QByteArray("QQuickPlatformDialog")
            << QByteArray("Dialog is an abstract base class") << u"Dialog 是一个抽象基类"_s;
    }

    void qtCataloguesAreLoaded()
    {
        QFETCH(QString, language);
        QFETCH(QString, catalogue);
        QFETCH(QByteArray, context);
        QFETCH(QByteArray, source);
        QFETCH(QString, expected);
        if (!hasQtCatalogue(catalogue))
            QSKIP("Qt's translations are not installed (apt-get install qt6-translations-l10n)");
        QCOMPARE(installTranslations(*QCoreApplication::instance(), language), language);
        QCOMPARE(QCoreApplication::translate(context.constData(), source.constData()), expected);
    }

    void cliHonoursLangAndTheSetting()
    {
        QTemporaryDir config;
        QVERIFY(config.isValid());
        // --lang over a C locale
        CliRun run = runCli({u"--lang"_s, u"ja"_s, u"--help"_s}, config.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"バージョンを表示して終了します。"_s), qPrintable(run.out));
        // the saved setting, written where the GUI writes it
        QDir().mkpath(config.filePath(u"oomlens"_s));
        QFile settings(config.filePath(u"oomlens/oomlens.conf"_s));
        QVERIFY(settings.open(QIODevice::WriteOnly));
        settings.write("[General]\nlanguage=zh_TW\n");
        settings.close();
        run = runCli({u"--help"_s}, config.path());
        QCOMPARE(run.exitCode, 0);
        QVERIFY2(run.out.contains(u"顯示版本並結束。"_s), qPrintable(run.out));
        // --lang wins over the setting
        run = runCli({u"--lang=en"_s, u"--help"_s}, config.path());
        QVERIFY2(run.out.contains(u"Show the version and exit."_s), qPrintable(run.out));
        // an unknown language is a usage error naming it
        run = runCli({u"--lang"_s, u"klingon"_s, u"--version"_s}, config.path());
        QCOMPARE(run.exitCode, 1);
        QVERIFY2(run.err.contains(u"klingon"_s), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(TestLanguageChoice)
#include "tst_languagechoice.moc"
