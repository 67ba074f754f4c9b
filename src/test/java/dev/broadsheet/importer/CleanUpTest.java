package dev.broadsheet.importer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.broadsheet.model.Paragraph;
import org.junit.jupiter.api.Test;

/** The space rules (ExtractionSpaces) and the paste clean-up the workstation calls. */
class CleanUpTest {

    @Test
    void bodyTextDropsSpacesNextToChineseAndKeepsThemBetweenWesternWords() {
        assertThat(PastedTextCleaner.bodyLine("死 角 、疫 情 防 控 卡 点")).isEqualTo("死角、疫情防控卡点");
        assertThat(PastedTextCleaner.bodyLine("4 月 12 日起，同比增长 73.08% ，")).isEqualTo("4月12日起，同比增长73.08%，");
        assertThat(PastedTextCleaner.bodyLine("“科技之窗” App 在 New York 上线")).isEqualTo("“科技之窗”App在New York上线");
    }

    @Test
    void headingsKeepTheSpaceBetweenTheHalvesOfACoupletOnly() {
        assertThat(PastedTextCleaner.headingLine("确保经济健康发展 激发创新创造活力")).isEqualTo("确保经济健康发展 激发创新创造活力");
        assertThat(PastedTextCleaner.headingLine("高新区 5 家企业获奖励资金 45 万元")).isEqualTo("高新区5家企业获奖励资金45万元");
        assertThat(PastedTextCleaner.headingLine("防 疫 宣 传")).isEqualTo("防疫宣传");
    }

    @Test
    void textPastedFromAPdfIsUnwrappedIntoParagraphs() {
        String pasted = """
                本报讯 （记者高轶鹏 通讯员
                卫群峰）4 月 12 日起，高新区遵化
                店镇成立了两个督导组，分别由党
                委书记鲁万辉、镇长路晓辉带队，
                开展人居环境整治观摩互查和疫
                情防控工作督查。
                每到一处，督导组对各村当
                前人居环境整治工作任务及卫生
                死 角 、疫 情 防 控 卡 点 值 班 值 守 、
                返乡人员信息登记、居家隔离人
                员管控、“五包一”措施落实等情
                况进行同步督查，发现问题及时
                反馈。
                """;
        assertThat(PastedTextCleaner.paragraphs(pasted)).extracting(Paragraph::text).containsExactly(
                "本报讯（记者高轶鹏通讯员卫群峰）4月12日起，高新区遵化店镇成立了两个督导组，分别由党委书记鲁万辉、镇长路晓辉带队，开展人居环境整治观摩互查和疫情防控工作督查。",
                "每到一处，督导组对各村当前人居环境整治工作任务及卫生死角、疫情防控卡点值班值守、返乡人员信息登记、居家隔离人员管控、“五包一”措施落实等情况进行同步督查，发现问题及时反馈。");
    }

    @Test
    void typedTextKeepsOneParagraphPerLine() {
        assertThat(PastedTextCleaner.paragraphs("第一段。\n\n第二段 有 空格。\n")).extracting(Paragraph::text)
                .containsExactly("第一段。", "第二段有空格。");
    }
}
