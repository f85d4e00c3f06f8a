// Traditional → Simplified character pairs (each pair: the Traditional form, then the Simplified
// one) for every character of the Chinese lexicon, the development complaints and about a thousand
// frequent characters. Checked against OpenCC's TSCharacters table (Apache-2.0); all variants of
// a Simplified character are listed (發/髮 → 发, 後 → 后, 裡/裏 → 里), so folding is one character
// for one character and keeps offsets.
const TRADITIONAL_SIMPLIFIED_PAIRS =
  "萬万與与專专業业東东絲丝丟丢兩两嚴严個个箇个臨临為为爲为麗丽舉举麼么義义樂乐習习鄉乡書书買买亂乱爭争於于雲云亞亚產产親亲億亿僅仅從从們们價价衆众優优夥伙會会偉伟傳传傷伤倫伦體体餘余彿佛脩修兒儿" +
  "剋克兌兑黨党蘭兰關关興兴養养內内寫写軍军農农沖冲衝冲決决況况凍冻準准減减幾几齣出擊击劃划劉刘則则剛刚創创刪删別别彆别颳刮製制劍剑劇剧辦办務务動动勞劳勢势區区醫医韆千昇升華华協协單单賣卖佔占衛卫" +
  "卻却捲卷廠厂曆历歷历壓压縣县參参蔘参雙双發发髮发變变隻只檯台臺台颱台葉叶號号喫吃閤合衕同後后嚮向曏向嗎吗聽听吳吴嘔呕唄呗員员週周響响迴回團团糰团園园睏困圍围國国圖图圓圆聖圣場场壞坏塊块堅坚聲声" +
  "殼壳處处備备復复複复夠够頭头奧奥婦妇媽妈孃娘孫孙學学寧宁甯宁寶宝實实審审宮宫傢家寬宽對对尋寻導导將将爾尔塵尘儘尽盡尽侷局層层屬属歲岁島岛鉅巨佈布師师帳帐帶带蓆席幫帮乾干幹干並并併并倖幸廣广莊庄" +
  "慶庆牀床庫库應应開开異异棄弃張张彈弹強强歸归噹当當当彔录錄录徵征徑径誌志唸念懷怀態态總总噁恶惡恶驚惊願愿戲戏戰战戶户纔才託托釦扣執执擴扩揚扬擾扰摺折搶抢護护報报擔担揀拣擁拥擇择掛挂揮挥損损換换" +
  "據据蒐搜擺摆襬摆搖摇敵敌數数鬥斗斷断無无舊旧時时顯显闇暗麴曲朮术術术硃朱機机殺杀雜杂權权條条來来楊杨盃杯傑杰鬆松闆板極极構构槍枪櫃柜標标樹树樣样覈核夢梦檢检樓楼歡欢歐欧慾欲殘残毀毁燬毁譭毁畢毕" +
  "氣气漢汉沒没洩泄註注瀉泻澤泽測测濟济塗涂漲涨漸渐溫温遊游灣湾滿满潛潜滅灭燈灯靈灵點点爛烂煙烟菸烟燒烧燙烫熱热愛爱爺爷狀状獨独貓猫翫玩環环現现電电畫画療疗監监蓋盖盜盗盤盘碼码礎础確确禮礼離离俬私" +
  "鞦秋種种祕秘積积稱称稅税穩稳競竞筆笔築筑簽签籤签簡简類类係系繫系緊紧紅红約约級级紀纪純纯納纳紙纸線线練练組组細细織织終终經经結结給给絡络絕绝統统繼继續续維维綠绿緩缓編编網网羅罗羣群職职聯联脅胁" +
  "膽胆勝胜衚胡鬍胡腦脑腳脚脫脱臉脸緻致艦舰藝艺節节囌苏甦苏蘇苏範范榮荣葯药藥药獲获穫获螢萤營营薩萨懞蒙濛蒙矇蒙藍蓝慮虑虛虚雖虽補补錶表裝装褲裤見见觀观規规視视覺觉觸触計计訂订認认討讨讓让訓训議议" +
  "訊讯記记講讲許许論论訟讼設设訪访証证證证評评識识詐诈訴诉詞词試试詩诗誠诚話话該该語语誤误說说請请諸诸諾诺讀读誰谁調调談谈謀谋謂谓謝谢穀谷貝贝負负財财責责敗败賬账貨货質质購购貼贴貴贵貿贸費费資资" +
  "賞赏賽赛贈赠趙赵趕赶車车轉转輪轮軟软輕轻載载較较輸输邊边達达過过運运還还這这進进遠远連连遲迟跡迹蹟迹適适選选遞递遺遗郵邮鄭郑醬酱寀采採采釋释裏里裡里鑑鉴鑒鉴針针鍼针鈡钟鍾钟鐘钟錢钱鐵铁銀银鏈链" +
  "銷销鏽锈錯错鍵键鎮镇長长門门閃闪閉闭問问間间聞闻隊队陽阳陰阴陣阵階阶際际陸陆陳陈險险隨随隱隐難难黴霉靜静麪面頁页頂顶項项順顺須须鬚须顧顾頓顿預预領领題题顏颜額额風风飛飞飯饭館馆馬马駁驳罵骂驗验" +
  "騙骗騷骚魚鱼魯鲁鮮鲜雞鸡黃黄齊齐龍龙";

// Simplified forms that are also standard Traditional characters (后, 里, 台, 干 ...): seeing one
// says nothing about the script.
const SHARED_FORMS =
  "万于云价伙余佛修克党准几出划刮制千升占卷厂只台叶吃合同后向周回困娘家局巨布席干幸广征志念愿才托扣折挂据搜斗暗曲朱杯杰松板极柜核欲注涂游玩确私秋种筑系胜胡致范蒙表谷适采里面";

// Cantonese particles written only in Traditional-script Hong Kong text.
const CANTONESE_MARKERS = "咗嘅唔冇嚟啲喺佢哋嘢乜咁晒冚";

const toSimplifiedChar: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (let i = 0; i + 1 < TRADITIONAL_SIMPLIFIED_PAIRS.length; i += 2) {
    map.set(TRADITIONAL_SIMPLIFIED_PAIRS[i]!, TRADITIONAL_SIMPLIFIED_PAIRS[i + 1]!);
  }
  return map;
})();

const simplifiedOnly: ReadonlySet<string> = new Set(
  [...toSimplifiedChar.values()].filter((s) => !SHARED_FORMS.includes(s)),
);

const HAN = /\p{Script=Han}/u;

/**
 * Folds text for matching without changing its length, so an offset in the result is the same
 * offset in the input: Traditional characters become Simplified, full-width ASCII (`１２３１５`,
 * `ＡＰＰ`) becomes ASCII, and A–Z become lowercase.
 */
export function foldText(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    const code = ch.charCodeAt(0);
    if (code >= 0xff01 && code <= 0xff5e) {
      out += lowerAscii(String.fromCharCode(code - 0xfee0));
    } else if (code < 0x80) {
      out += lowerAscii(ch);
    } else {
      out += toSimplifiedChar.get(ch) ?? ch;
    }
  }
  return out;
}

function lowerAscii(ch: string): string {
  const code = ch.charCodeAt(0);
  return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 32) : ch;
}

/** How much of a text is Chinese and which script it leans to. */
export interface ChineseEvidence {
  /** Number of Han characters. */
  readonly han: number;
  /** Characters (and Cantonese particles) that only Traditional text uses. */
  readonly traditional: number;
  /** Characters that only Simplified text uses. */
  readonly simplified: number;
}

/** Counts the Han characters of a text and the ones that give its script away. */
export function chineseEvidence(text: string): ChineseEvidence {
  let han = 0;
  let traditional = 0;
  let simplified = 0;
  for (const ch of text) {
    if (!HAN.test(ch)) continue;
    han++;
    if (toSimplifiedChar.has(ch) || CANTONESE_MARKERS.includes(ch)) traditional++;
    else if (simplifiedOnly.has(ch)) simplified++;
  }
  return { han, traditional, simplified };
}
