/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** The input fields for an attribute. */
export type AttributeInput = {
  /** Key or name of the attribute. */
  key: string;
  /** Value of the attribute. */
  value: string;
};

/**
 * The code designating a country/region, which generally follows ISO 3166-1 alpha-2 guidelines.
 * If a territory doesn't have a country code value in the `CountryCode` enum, then it might be considered a subdivision
 * of another country. For example, the territories associated with Spain are represented by the country code `ES`,
 * and the territories associated with the United States of America are represented by the country code `US`.
 */
export type CountryCode =
  /** Ascension Island. */
  | 'AC'
  /** Andorra. */
  | 'AD'
  /** United Arab Emirates. */
  | 'AE'
  /** Afghanistan. */
  | 'AF'
  /** Antigua & Barbuda. */
  | 'AG'
  /** Anguilla. */
  | 'AI'
  /** Albania. */
  | 'AL'
  /** Armenia. */
  | 'AM'
  /** Netherlands Antilles. */
  | 'AN'
  /** Angola. */
  | 'AO'
  /** Argentina. */
  | 'AR'
  /** Austria. */
  | 'AT'
  /** Australia. */
  | 'AU'
  /** Aruba. */
  | 'AW'
  /** Åland Islands. */
  | 'AX'
  /** Azerbaijan. */
  | 'AZ'
  /** Bosnia & Herzegovina. */
  | 'BA'
  /** Barbados. */
  | 'BB'
  /** Bangladesh. */
  | 'BD'
  /** Belgium. */
  | 'BE'
  /** Burkina Faso. */
  | 'BF'
  /** Bulgaria. */
  | 'BG'
  /** Bahrain. */
  | 'BH'
  /** Burundi. */
  | 'BI'
  /** Benin. */
  | 'BJ'
  /** St. Barthélemy. */
  | 'BL'
  /** Bermuda. */
  | 'BM'
  /** Brunei. */
  | 'BN'
  /** Bolivia. */
  | 'BO'
  /** Caribbean Netherlands. */
  | 'BQ'
  /** Brazil. */
  | 'BR'
  /** Bahamas. */
  | 'BS'
  /** Bhutan. */
  | 'BT'
  /** Bouvet Island. */
  | 'BV'
  /** Botswana. */
  | 'BW'
  /** Belarus. */
  | 'BY'
  /** Belize. */
  | 'BZ'
  /** Canada. */
  | 'CA'
  /** Cocos (Keeling) Islands. */
  | 'CC'
  /** Congo - Kinshasa. */
  | 'CD'
  /** Central African Republic. */
  | 'CF'
  /** Congo - Brazzaville. */
  | 'CG'
  /** Switzerland. */
  | 'CH'
  /** Côte d’Ivoire. */
  | 'CI'
  /** Cook Islands. */
  | 'CK'
  /** Chile. */
  | 'CL'
  /** Cameroon. */
  | 'CM'
  /** China. */
  | 'CN'
  /** Colombia. */
  | 'CO'
  /** Costa Rica. */
  | 'CR'
  /** Cuba. */
  | 'CU'
  /** Cape Verde. */
  | 'CV'
  /** Curaçao. */
  | 'CW'
  /** Christmas Island. */
  | 'CX'
  /** Cyprus. */
  | 'CY'
  /** Czechia. */
  | 'CZ'
  /** Germany. */
  | 'DE'
  /** Djibouti. */
  | 'DJ'
  /** Denmark. */
  | 'DK'
  /** Dominica. */
  | 'DM'
  /** Dominican Republic. */
  | 'DO'
  /** Algeria. */
  | 'DZ'
  /** Ecuador. */
  | 'EC'
  /** Estonia. */
  | 'EE'
  /** Egypt. */
  | 'EG'
  /** Western Sahara. */
  | 'EH'
  /** Eritrea. */
  | 'ER'
  /** Spain. */
  | 'ES'
  /** Ethiopia. */
  | 'ET'
  /** Finland. */
  | 'FI'
  /** Fiji. */
  | 'FJ'
  /** Falkland Islands. */
  | 'FK'
  /** Faroe Islands. */
  | 'FO'
  /** France. */
  | 'FR'
  /** Gabon. */
  | 'GA'
  /** United Kingdom. */
  | 'GB'
  /** Grenada. */
  | 'GD'
  /** Georgia. */
  | 'GE'
  /** French Guiana. */
  | 'GF'
  /** Guernsey. */
  | 'GG'
  /** Ghana. */
  | 'GH'
  /** Gibraltar. */
  | 'GI'
  /** Greenland. */
  | 'GL'
  /** Gambia. */
  | 'GM'
  /** Guinea. */
  | 'GN'
  /** Guadeloupe. */
  | 'GP'
  /** Equatorial Guinea. */
  | 'GQ'
  /** Greece. */
  | 'GR'
  /** South Georgia & South Sandwich Islands. */
  | 'GS'
  /** Guatemala. */
  | 'GT'
  /** Guinea-Bissau. */
  | 'GW'
  /** Guyana. */
  | 'GY'
  /** Hong Kong SAR. */
  | 'HK'
  /** Heard & McDonald Islands. */
  | 'HM'
  /** Honduras. */
  | 'HN'
  /** Croatia. */
  | 'HR'
  /** Haiti. */
  | 'HT'
  /** Hungary. */
  | 'HU'
  /** Indonesia. */
  | 'ID'
  /** Ireland. */
  | 'IE'
  /** Israel. */
  | 'IL'
  /** Isle of Man. */
  | 'IM'
  /** India. */
  | 'IN'
  /** British Indian Ocean Territory. */
  | 'IO'
  /** Iraq. */
  | 'IQ'
  /** Iran. */
  | 'IR'
  /** Iceland. */
  | 'IS'
  /** Italy. */
  | 'IT'
  /** Jersey. */
  | 'JE'
  /** Jamaica. */
  | 'JM'
  /** Jordan. */
  | 'JO'
  /** Japan. */
  | 'JP'
  /** Kenya. */
  | 'KE'
  /** Kyrgyzstan. */
  | 'KG'
  /** Cambodia. */
  | 'KH'
  /** Kiribati. */
  | 'KI'
  /** Comoros. */
  | 'KM'
  /** St. Kitts & Nevis. */
  | 'KN'
  /** North Korea. */
  | 'KP'
  /** South Korea. */
  | 'KR'
  /** Kuwait. */
  | 'KW'
  /** Cayman Islands. */
  | 'KY'
  /** Kazakhstan. */
  | 'KZ'
  /** Laos. */
  | 'LA'
  /** Lebanon. */
  | 'LB'
  /** St. Lucia. */
  | 'LC'
  /** Liechtenstein. */
  | 'LI'
  /** Sri Lanka. */
  | 'LK'
  /** Liberia. */
  | 'LR'
  /** Lesotho. */
  | 'LS'
  /** Lithuania. */
  | 'LT'
  /** Luxembourg. */
  | 'LU'
  /** Latvia. */
  | 'LV'
  /** Libya. */
  | 'LY'
  /** Morocco. */
  | 'MA'
  /** Monaco. */
  | 'MC'
  /** Moldova. */
  | 'MD'
  /** Montenegro. */
  | 'ME'
  /** St. Martin. */
  | 'MF'
  /** Madagascar. */
  | 'MG'
  /** North Macedonia. */
  | 'MK'
  /** Mali. */
  | 'ML'
  /** Myanmar (Burma). */
  | 'MM'
  /** Mongolia. */
  | 'MN'
  /** Macao SAR. */
  | 'MO'
  /** Martinique. */
  | 'MQ'
  /** Mauritania. */
  | 'MR'
  /** Montserrat. */
  | 'MS'
  /** Malta. */
  | 'MT'
  /** Mauritius. */
  | 'MU'
  /** Maldives. */
  | 'MV'
  /** Malawi. */
  | 'MW'
  /** Mexico. */
  | 'MX'
  /** Malaysia. */
  | 'MY'
  /** Mozambique. */
  | 'MZ'
  /** Namibia. */
  | 'NA'
  /** New Caledonia. */
  | 'NC'
  /** Niger. */
  | 'NE'
  /** Norfolk Island. */
  | 'NF'
  /** Nigeria. */
  | 'NG'
  /** Nicaragua. */
  | 'NI'
  /** Netherlands. */
  | 'NL'
  /** Norway. */
  | 'NO'
  /** Nepal. */
  | 'NP'
  /** Nauru. */
  | 'NR'
  /** Niue. */
  | 'NU'
  /** New Zealand. */
  | 'NZ'
  /** Oman. */
  | 'OM'
  /** Panama. */
  | 'PA'
  /** Peru. */
  | 'PE'
  /** French Polynesia. */
  | 'PF'
  /** Papua New Guinea. */
  | 'PG'
  /** Philippines. */
  | 'PH'
  /** Pakistan. */
  | 'PK'
  /** Poland. */
  | 'PL'
  /** St. Pierre & Miquelon. */
  | 'PM'
  /** Pitcairn Islands. */
  | 'PN'
  /** Palestinian Territories. */
  | 'PS'
  /** Portugal. */
  | 'PT'
  /** Paraguay. */
  | 'PY'
  /** Qatar. */
  | 'QA'
  /** Réunion. */
  | 'RE'
  /** Romania. */
  | 'RO'
  /** Serbia. */
  | 'RS'
  /** Russia. */
  | 'RU'
  /** Rwanda. */
  | 'RW'
  /** Saudi Arabia. */
  | 'SA'
  /** Solomon Islands. */
  | 'SB'
  /** Seychelles. */
  | 'SC'
  /** Sudan. */
  | 'SD'
  /** Sweden. */
  | 'SE'
  /** Singapore. */
  | 'SG'
  /** St. Helena. */
  | 'SH'
  /** Slovenia. */
  | 'SI'
  /** Svalbard & Jan Mayen. */
  | 'SJ'
  /** Slovakia. */
  | 'SK'
  /** Sierra Leone. */
  | 'SL'
  /** San Marino. */
  | 'SM'
  /** Senegal. */
  | 'SN'
  /** Somalia. */
  | 'SO'
  /** Suriname. */
  | 'SR'
  /** South Sudan. */
  | 'SS'
  /** São Tomé & Príncipe. */
  | 'ST'
  /** El Salvador. */
  | 'SV'
  /** Sint Maarten. */
  | 'SX'
  /** Syria. */
  | 'SY'
  /** Eswatini. */
  | 'SZ'
  /** Tristan da Cunha. */
  | 'TA'
  /** Turks & Caicos Islands. */
  | 'TC'
  /** Chad. */
  | 'TD'
  /** French Southern Territories. */
  | 'TF'
  /** Togo. */
  | 'TG'
  /** Thailand. */
  | 'TH'
  /** Tajikistan. */
  | 'TJ'
  /** Tokelau. */
  | 'TK'
  /** Timor-Leste. */
  | 'TL'
  /** Turkmenistan. */
  | 'TM'
  /** Tunisia. */
  | 'TN'
  /** Tonga. */
  | 'TO'
  /** Türkiye. */
  | 'TR'
  /** Trinidad & Tobago. */
  | 'TT'
  /** Tuvalu. */
  | 'TV'
  /** Taiwan. */
  | 'TW'
  /** Tanzania. */
  | 'TZ'
  /** Ukraine. */
  | 'UA'
  /** Uganda. */
  | 'UG'
  /** U.S. Outlying Islands. */
  | 'UM'
  /** United States. */
  | 'US'
  /** Uruguay. */
  | 'UY'
  /** Uzbekistan. */
  | 'UZ'
  /** Vatican City. */
  | 'VA'
  /** St. Vincent & Grenadines. */
  | 'VC'
  /** Venezuela. */
  | 'VE'
  /** British Virgin Islands. */
  | 'VG'
  /** Vietnam. */
  | 'VN'
  /** Vanuatu. */
  | 'VU'
  /** Wallis & Futuna. */
  | 'WF'
  /** Samoa. */
  | 'WS'
  /** Kosovo. */
  | 'XK'
  /** Yemen. */
  | 'YE'
  /** Mayotte. */
  | 'YT'
  /** South Africa. */
  | 'ZA'
  /** Zambia. */
  | 'ZM'
  /** Zimbabwe. */
  | 'ZW'
  /** Unknown Region. */
  | 'ZZ';

/**
 * The currency codes that represent the world currencies throughout the Admin API. Currency codes include
 * [standard ISO 4217 codes](https://en.wikipedia.org/wiki/ISO_4217), legacy codes, non-standard codes,
 * digital currency codes.
 */
export type CurrencyCode =
  /** United Arab Emirates Dirham (AED). */
  | 'AED'
  /** Afghan Afghani (AFN). */
  | 'AFN'
  /** Albanian Lek (ALL). */
  | 'ALL'
  /** Armenian Dram (AMD). */
  | 'AMD'
  /** Netherlands Antillean Guilder. */
  | 'ANG'
  /** Angolan Kwanza (AOA). */
  | 'AOA'
  /** Argentine Pesos (ARS). */
  | 'ARS'
  /** Australian Dollars (AUD). */
  | 'AUD'
  /** Aruban Florin (AWG). */
  | 'AWG'
  /** Azerbaijani Manat (AZN). */
  | 'AZN'
  /** Bosnia and Herzegovina Convertible Mark (BAM). */
  | 'BAM'
  /** Barbadian Dollar (BBD). */
  | 'BBD'
  /** Bangladesh Taka (BDT). */
  | 'BDT'
  /** Bulgarian Lev (BGN). */
  | 'BGN'
  /** Bahraini Dinar (BHD). */
  | 'BHD'
  /** Burundian Franc (BIF). */
  | 'BIF'
  /** Bermudian Dollar (BMD). */
  | 'BMD'
  /** Brunei Dollar (BND). */
  | 'BND'
  /** Bolivian Boliviano (BOB). */
  | 'BOB'
  /** Brazilian Real (BRL). */
  | 'BRL'
  /** Bahamian Dollar (BSD). */
  | 'BSD'
  /** Bhutanese Ngultrum (BTN). */
  | 'BTN'
  /** Botswana Pula (BWP). */
  | 'BWP'
  /** Belarusian Ruble (BYN). */
  | 'BYN'
  /** Belarusian Ruble (BYR). */
  | 'BYR'
  /** Belize Dollar (BZD). */
  | 'BZD'
  /** Canadian Dollars (CAD). */
  | 'CAD'
  /** Congolese franc (CDF). */
  | 'CDF'
  /** Swiss Francs (CHF). */
  | 'CHF'
  /** Chilean Peso (CLP). */
  | 'CLP'
  /** Chinese Yuan Renminbi (CNY). */
  | 'CNY'
  /** Colombian Peso (COP). */
  | 'COP'
  /** Costa Rican Colones (CRC). */
  | 'CRC'
  /** Cape Verdean escudo (CVE). */
  | 'CVE'
  /** Czech Koruny (CZK). */
  | 'CZK'
  /** Djiboutian Franc (DJF). */
  | 'DJF'
  /** Danish Kroner (DKK). */
  | 'DKK'
  /** Dominican Peso (DOP). */
  | 'DOP'
  /** Algerian Dinar (DZD). */
  | 'DZD'
  /** Egyptian Pound (EGP). */
  | 'EGP'
  /** Eritrean Nakfa (ERN). */
  | 'ERN'
  /** Ethiopian Birr (ETB). */
  | 'ETB'
  /** Euro (EUR). */
  | 'EUR'
  /** Fijian Dollars (FJD). */
  | 'FJD'
  /** Falkland Islands Pounds (FKP). */
  | 'FKP'
  /** United Kingdom Pounds (GBP). */
  | 'GBP'
  /** Georgian Lari (GEL). */
  | 'GEL'
  /** Ghanaian Cedi (GHS). */
  | 'GHS'
  /** Gibraltar Pounds (GIP). */
  | 'GIP'
  /** Gambian Dalasi (GMD). */
  | 'GMD'
  /** Guinean Franc (GNF). */
  | 'GNF'
  /** Guatemalan Quetzal (GTQ). */
  | 'GTQ'
  /** Guyanese Dollar (GYD). */
  | 'GYD'
  /** Hong Kong Dollars (HKD). */
  | 'HKD'
  /** Honduran Lempira (HNL). */
  | 'HNL'
  /** Croatian Kuna (HRK). */
  | 'HRK'
  /** Haitian Gourde (HTG). */
  | 'HTG'
  /** Hungarian Forint (HUF). */
  | 'HUF'
  /** Indonesian Rupiah (IDR). */
  | 'IDR'
  /** Israeli New Shekel (NIS). */
  | 'ILS'
  /** Indian Rupees (INR). */
  | 'INR'
  /** Iraqi Dinar (IQD). */
  | 'IQD'
  /** Iranian Rial (IRR). */
  | 'IRR'
  /** Icelandic Kronur (ISK). */
  | 'ISK'
  /** Jersey Pound. */
  | 'JEP'
  /** Jamaican Dollars (JMD). */
  | 'JMD'
  /** Jordanian Dinar (JOD). */
  | 'JOD'
  /** Japanese Yen (JPY). */
  | 'JPY'
  /** Kenyan Shilling (KES). */
  | 'KES'
  /** Kyrgyzstani Som (KGS). */
  | 'KGS'
  /** Cambodian Riel. */
  | 'KHR'
  /** Kiribati Dollar (KID). */
  | 'KID'
  /** Comorian Franc (KMF). */
  | 'KMF'
  /** South Korean Won (KRW). */
  | 'KRW'
  /** Kuwaiti Dinar (KWD). */
  | 'KWD'
  /** Cayman Dollars (KYD). */
  | 'KYD'
  /** Kazakhstani Tenge (KZT). */
  | 'KZT'
  /** Laotian Kip (LAK). */
  | 'LAK'
  /** Lebanese Pounds (LBP). */
  | 'LBP'
  /** Sri Lankan Rupees (LKR). */
  | 'LKR'
  /** Liberian Dollar (LRD). */
  | 'LRD'
  /** Lesotho Loti (LSL). */
  | 'LSL'
  /** Lithuanian Litai (LTL). */
  | 'LTL'
  /** Latvian Lati (LVL). */
  | 'LVL'
  /** Libyan Dinar (LYD). */
  | 'LYD'
  /** Moroccan Dirham. */
  | 'MAD'
  /** Moldovan Leu (MDL). */
  | 'MDL'
  /** Malagasy Ariary (MGA). */
  | 'MGA'
  /** Macedonia Denar (MKD). */
  | 'MKD'
  /** Burmese Kyat (MMK). */
  | 'MMK'
  /** Mongolian Tugrik. */
  | 'MNT'
  /** Macanese Pataca (MOP). */
  | 'MOP'
  /** Mauritanian Ouguiya (MRU). */
  | 'MRU'
  /** Mauritian Rupee (MUR). */
  | 'MUR'
  /** Maldivian Rufiyaa (MVR). */
  | 'MVR'
  /** Malawian Kwacha (MWK). */
  | 'MWK'
  /** Mexican Pesos (MXN). */
  | 'MXN'
  /** Malaysian Ringgits (MYR). */
  | 'MYR'
  /** Mozambican Metical. */
  | 'MZN'
  /** Namibian Dollar. */
  | 'NAD'
  /** Nigerian Naira (NGN). */
  | 'NGN'
  /** Nicaraguan Córdoba (NIO). */
  | 'NIO'
  /** Norwegian Kroner (NOK). */
  | 'NOK'
  /** Nepalese Rupee (NPR). */
  | 'NPR'
  /** New Zealand Dollars (NZD). */
  | 'NZD'
  /** Omani Rial (OMR). */
  | 'OMR'
  /** Panamian Balboa (PAB). */
  | 'PAB'
  /** Peruvian Nuevo Sol (PEN). */
  | 'PEN'
  /** Papua New Guinean Kina (PGK). */
  | 'PGK'
  /** Philippine Peso (PHP). */
  | 'PHP'
  /** Pakistani Rupee (PKR). */
  | 'PKR'
  /** Polish Zlotych (PLN). */
  | 'PLN'
  /** Paraguayan Guarani (PYG). */
  | 'PYG'
  /** Qatari Rial (QAR). */
  | 'QAR'
  /** Romanian Lei (RON). */
  | 'RON'
  /** Serbian dinar (RSD). */
  | 'RSD'
  /** Russian Rubles (RUB). */
  | 'RUB'
  /** Rwandan Franc (RWF). */
  | 'RWF'
  /** Saudi Riyal (SAR). */
  | 'SAR'
  /** Solomon Islands Dollar (SBD). */
  | 'SBD'
  /** Seychellois Rupee (SCR). */
  | 'SCR'
  /** Sudanese Pound (SDG). */
  | 'SDG'
  /** Swedish Kronor (SEK). */
  | 'SEK'
  /** Singapore Dollars (SGD). */
  | 'SGD'
  /** Saint Helena Pounds (SHP). */
  | 'SHP'
  /** Sierra Leonean Leone (SLL). */
  | 'SLL'
  /** Somali Shilling (SOS). */
  | 'SOS'
  /** Surinamese Dollar (SRD). */
  | 'SRD'
  /** South Sudanese Pound (SSP). */
  | 'SSP'
  /** Sao Tome And Principe Dobra (STD). */
  | 'STD'
  /** Sao Tome And Principe Dobra (STN). */
  | 'STN'
  /** Syrian Pound (SYP). */
  | 'SYP'
  /** Swazi Lilangeni (SZL). */
  | 'SZL'
  /** Thai baht (THB). */
  | 'THB'
  /** Tajikistani Somoni (TJS). */
  | 'TJS'
  /** Turkmenistani Manat (TMT). */
  | 'TMT'
  /** Tunisian Dinar (TND). */
  | 'TND'
  /** Tongan Pa'anga (TOP). */
  | 'TOP'
  /** Turkish Lira (TRY). */
  | 'TRY'
  /** Trinidad and Tobago Dollars (TTD). */
  | 'TTD'
  /** Taiwan Dollars (TWD). */
  | 'TWD'
  /** Tanzanian Shilling (TZS). */
  | 'TZS'
  /** Ukrainian Hryvnia (UAH). */
  | 'UAH'
  /** Ugandan Shilling (UGX). */
  | 'UGX'
  /** United States Dollars (USD). */
  | 'USD'
  /** United States Dollars Coin (USDC). */
  | 'USDC'
  /** Uruguayan Pesos (UYU). */
  | 'UYU'
  /** Uzbekistan som (UZS). */
  | 'UZS'
  /** Venezuelan Bolivares (VED). */
  | 'VED'
  /** Venezuelan Bolivares (VEF). */
  | 'VEF'
  /** Venezuelan Bolivares Soberanos (VES). */
  | 'VES'
  /** Vietnamese đồng (VND). */
  | 'VND'
  /** Vanuatu Vatu (VUV). */
  | 'VUV'
  /** Samoan Tala (WST). */
  | 'WST'
  /** Central African CFA Franc (XAF). */
  | 'XAF'
  /** East Caribbean Dollar (XCD). */
  | 'XCD'
  /** West African CFA franc (XOF). */
  | 'XOF'
  /** CFP Franc (XPF). */
  | 'XPF'
  /** Unrecognized currency. */
  | 'XXX'
  /** Yemeni Rial (YER). */
  | 'YER'
  /** South African Rand (ZAR). */
  | 'ZAR'
  /** Zambian Kwacha (ZMW). */
  | 'ZMW';

/** The input fields for the value of the discount and how it is applied. */
export type DiscountAmountInput = {
  /** The value of the discount. */
  amount?: string | null | undefined;
  /**
   * If true, then the discount is applied to each of the entitled items. If false,
   * then the amount is split across all of the entitled items.
   */
  appliesOnEachItem?: boolean | null | undefined;
};

/** All buyers are eligible for the discount. */
export type DiscountBuyerSelection =
  /** All buyers are eligible for the discount. */
  | 'ALL';

/**
 * The input fields for creating or updating an [amount off discount](https://help.shopify.com/manual/discounts/discount-types/percentage-fixed-amount)
 * that's applied on a cart and at checkout when a customer enters a code. Amount
 * off discounts can be a percentage off or a fixed amount off.
 *
 * When creating, required fields are:
 *   - `code`
 *   - `context` (or deprecated `customerSelection`)
 *   - `customerGets`
 *   - `startsAt`
 *   - `title`
 */
export type DiscountCodeBasicInput = {
  /** Whether a customer can only use the discount once. */
  appliesOncePerCustomer?: boolean | null | undefined;
  /** The code that customers use to apply the discount. */
  code?: string | null | undefined;
  /**
   * The
   * [discount classes](https://help.shopify.com/manual/discounts/combining-discounts/discount-combinations)
   * that you can use in combination with
   * [Shopify discount types](https://help.shopify.com/manual/discounts/discount-types),
   * and the product discount tags that determine which product discounts can apply
   * together on the same cart line.
   */
  combinesWith?: DiscountCombinesWithInput | null | undefined;
  /**
   * The context defining which buyers can use the discount.
   * You can target specific customer IDs, customer segments, or make the discount available to all buyers.
   */
  context?: DiscountContextInput | null | undefined;
  /** The items in the order that qualify for the discount, their quantities, and the total value of the discount. */
  customerGets?: DiscountCustomerGetsInput | null | undefined;
  /**
   * The customers that can use the discount.
   * @deprecated Use `context` instead.
   */
  customerSelection?: DiscountCustomerSelectionInput | null | undefined;
  /**
   * The date and time when the discount expires and is no longer available to customers.
   * For discounts without a fixed expiration date, specify `null`.
   */
  endsAt?: string | null | undefined;
  /** The minimum subtotal or quantity of items that are required for the discount to be applied. */
  minimumRequirement?: DiscountMinimumRequirementInput | null | undefined;
  /**
   * The number of billing cycles for which the discount can be applied, which is
   * useful for subscription-based discounts. For example, if you set this field to
   * `3`, then the discount only applies to the first three billing cycles of a
   * subscription. If you specify `0`, then the discount applies indefinitely.
   */
  recurringCycleLimit?: number | null | undefined;
  /** The date and time when the discount becomes active and is available to customers. */
  startsAt?: string | null | undefined;
  /**
   * A list of searchable keywords that are associated with the discount.
   *
   * Use these tags on product discounts to determine which other product discounts can
   * apply to the same cart line when you configure
   * `productDiscountsWithTagsOnSameCartLine` in `combinesWith`.
   *
   * For example, you can apply a `loyalty` tag to discounts
   * that are associated with a loyalty program.
   *
   * Updating `tags` overwrites any existing tags that were previously added to the discount.
   * To add new tags without overwriting existing tags, use the
   * [`tagsAdd`](https://shopify.dev/api/admin-graphql/latest/mutations/tagsadd)
   * mutation.
   */
  tags?: Array<string> | null | undefined;
  /** The discount's name that displays to merchants in the Shopify admin and to customers. */
  title?: string | null | undefined;
  /**
   * The maximum number of times the discount can be redeemed.
   * For unlimited usage, specify `null`.
   */
  usageLimit?: number | null | undefined;
};

/** The input fields for collections attached to a discount. */
export type DiscountCollectionsInput = {
  /** Specifies list of collection ids to add. */
  add?: Array<string> | null | undefined;
  /** Specifies list of collection ids to remove. */
  remove?: Array<string> | null | undefined;
};

/** The input fields to determine which discount classes the discount can combine with. */
export type DiscountCombinesWithInput = {
  /**
   * Whether the discount combines with the
   * [order discount](https://help.shopify.com/manual/discounts/combining-discounts/discount-combinations)
   * class.
   */
  orderDiscounts?: boolean | null | undefined;
  /**
   * Whether the discount combines with the
   * [product discount](https://help.shopify.com/manual/discounts/combining-discounts/discount-combinations)
   * class.
   */
  productDiscounts?: boolean | null | undefined;
  /**
   * Controls which product discounts can apply together on the same cart line. By
   * default, only one product discount applies per line. Available only on a Shopify
   * Plus plan and requires the `productDiscounts` field to be set to `true`.
   *
   * For discounts to apply together, they must match tags in both directions. Each
   * discount has two tag sets: the tags that identify the discount, and the tags that
   * it agrees to apply with. Use the `tags` field on the discount input to set the
   * discount's own tags. Use this field to set the tags that the discount can apply
   * with. Two discounts apply together only if each one allows at least one tag that
   * the other is tagged with. Any number of product discounts can apply to the same
   * line if this two-way match holds for every pair in the group.
   *
   * Example: Discount A is tagged with `LOYALTY` and allows `SEASONAL`, and Discount B
   * is tagged with `SEASONAL` and allows `LOYALTY`. They apply together. To add a
   * third discount, it must meet the same mutual-match rule with both A and B.
   *
   * Buy X Get Y discounts stack only on the customer-gets products (GY), not the
   * customer-buys products (BX). See
   * [Limitations for discount combinations](https://help.shopify.com/manual/discounts/discount-combinations#considerations)
   * for details.
   */
  productDiscountsWithTagsOnSameCartLine?: ProductDiscountsWithTagsOnSameCartLineInput | null | undefined;
  /**
   * Whether the discount combines
   * with the
   * [shipping discount](https://help.shopify.com/manual/discounts/combining-discounts/discount-combinations)
   * class.
   */
  shippingDiscounts?: boolean | null | undefined;
};

/** The input fields for the buyers who can use this discount. */
export type DiscountContextInput =
  {   /** All buyers are eligible for this discount. */
  all: DiscountBuyerSelection; customerSegments?: never; customers?: never; markets?: never; }
  |  { all?: never;   /** The list of customer segment IDs to add or remove from the list of customer segments. */
  customerSegments: DiscountCustomerSegmentsInput; customers?: never; markets?: never; }
  |  { all?: never; customerSegments?: never;   /** The list of customer IDs to add or remove from the list of customers. */
  customers: DiscountCustomersInput; markets?: never; }
  |  { all?: never; customerSegments?: never; customers?: never;   /** The list of market IDs to add or remove from the list of markets. */
  markets: DiscountMarketsInput; };

/** Specifies the items that will be discounted, the quantity of items that will be discounted, and the value of discount. */
export type DiscountCustomerGetsInput = {
  /** Whether the discount applies on regular one-time-purchase items. */
  appliesOnOneTimePurchase?: boolean | null | undefined;
  /**
   * Whether the discount applies on subscription items.
   * [Subscriptions](https://shopify.dev/docs/apps/launch/billing/subscription-billing/offer-subscription-discounts)
   * enable customers to purchase products
   * on a recurring basis.
   */
  appliesOnSubscription?: boolean | null | undefined;
  /** The IDs of the items that the customer gets. The items can be either collections or products. */
  items?: DiscountItemsInput | null | undefined;
  /** The quantity of items discounted and the discount value. */
  value?: DiscountCustomerGetsValueInput | null | undefined;
};

/** The input fields for the quantity of items discounted and the discount value. */
export type DiscountCustomerGetsValueInput = {
  /**
   * The value of the discount.
   *
   * Note: BXGY doesn't support discountAmount.
   */
  discountAmount?: DiscountAmountInput | null | undefined;
  /** The quantity of the items that are discounted and the discount value. */
  discountOnQuantity?: DiscountOnQuantityInput | null | undefined;
  /**
   * The percentage value of the discount. Value must be between 0.00 - 1.00.
   *
   * Note: BXGY doesn't support percentage.
   */
  percentage?: number | null | undefined;
};

/** The input fields for which customer segments to add to or remove from the discount. */
export type DiscountCustomerSegmentsInput = {
  /** A list of customer segments to add to the current list of customer segments. */
  add?: Array<string> | null | undefined;
  /** A list of customer segments to remove from the current list of customer segments. */
  remove?: Array<string> | null | undefined;
};

/** The input fields for the customers who can use this discount. */
export type DiscountCustomerSelectionInput = {
  /** Whether all customers can use this discount. */
  all?: boolean | null | undefined;
  /** The list of customer segment IDs to add or remove from the list of customer segments. */
  customerSegments?: DiscountCustomerSegmentsInput | null | undefined;
  /** The list of customer IDs to add or remove from the list of customers. */
  customers?: DiscountCustomersInput | null | undefined;
};

/** The input fields for which customers to add to or remove from the discount. */
export type DiscountCustomersInput = {
  /** A list of customers to add to the current list of customers who can use the discount. */
  add?: Array<string> | null | undefined;
  /** A list of customers to remove from the current list of customers who can use the discount. */
  remove?: Array<string> | null | undefined;
};

/** The input fields for how the discount will be applied. Currently, only percentage off is supported. */
export type DiscountEffectInput = {
  /** The value of the discount. */
  amount?: string | null | undefined;
  /** The percentage value of the discount. Value must be between 0.00 - 1.00. */
  percentage?: number | null | undefined;
};

/** Possible error codes that can be returned by `DiscountUserError`. */
export type DiscountErrorCode =
  /** The active period overlaps with other automatic discounts. At any given time, only 25 automatic discounts can be active. */
  | 'ACTIVE_PERIOD_OVERLAP'
  /** A discount cannot have both appliesOnOneTimePurchase and appliesOnSubscription set to false. */
  | 'APPLIES_ON_NOTHING'
  /** The input value is blank. */
  | 'BLANK'
  /** The attribute selection contains conflicting settings. */
  | 'CONFLICT'
  /** Discounts and condition types are not compatible with each other. */
  | 'DISCOUNT_NOT_COMPATIBLE_WITH_CONDITION_TYPES'
  /** The input value is already present. */
  | 'DUPLICATE'
  /** The end date should be after the start date. */
  | 'END_DATE_BEFORE_START_DATE'
  /** The input value should be equal to the value allowed. */
  | 'EQUAL_TO'
  /** The value exceeded the maximum allowed value. */
  | 'EXCEEDED_MAX'
  /** The input value should be greater than the minimum allowed value. */
  | 'GREATER_THAN'
  /** The input value should be greater than or equal to the minimum value allowed. */
  | 'GREATER_THAN_OR_EQUAL_TO'
  /** The value is already present through another selection. */
  | 'IMPLICIT_DUPLICATE'
  /** The input value isn't included in the list. */
  | 'INCLUSION'
  /** Unexpected internal error happened. */
  | 'INTERNAL_ERROR'
  /** The input value is invalid. */
  | 'INVALID'
  /** The `combinesWith` settings are invalid for the discount class. */
  | 'INVALID_COMBINES_WITH_FOR_DISCOUNT_CLASS'
  /** The discountClass is invalid for the price rule. */
  | 'INVALID_DISCOUNT_CLASS_FOR_PRICE_RULE'
  /**
   * The `productDiscounts` field can't be set to false when
   * `productDiscountsWithTagsOnSameCartLine` tags exist on the discount.
   */
  | 'INVALID_PRODUCT_DISCOUNTS_FALSE_WITH_EXISTING_TAGS_ON_SAME_CART_LINE'
  /** The `productDiscountsWithTagsOnSameCartLine` field is only valid for discounts with the PRODUCT discount class. */
  | 'INVALID_PRODUCT_DISCOUNTS_WITH_TAGS_ON_SAME_CART_LINE_FOR_DISCOUNT_CLASS'
  /** The `productDiscountsWithTagsOnSameCartLine` field can only be specified when `productDiscounts` is true. */
  | 'INVALID_PRODUCT_DISCOUNTS_WITH_TAGS_ON_SAME_CART_LINE_WITHOUT_PRODUCT_DISCOUNTS'
  /** The tag title exceeds the maximum length of 255 characters. */
  | 'INVALID_TAG_LENGTH'
  /** The input value should be less than the maximum value allowed. */
  | 'LESS_THAN'
  /** The input value should be less than or equal to the maximum value allowed. */
  | 'LESS_THAN_OR_EQUAL_TO'
  /**
   * The active period overlaps with too many other app-provided discounts. There's
   * a limit on the number of app discounts that can be active at any given time.
   */
  | 'MAX_APP_DISCOUNTS'
  /** Specify a minimum subtotal or a quantity, but not both. */
  | 'MINIMUM_SUBTOTAL_AND_QUANTITY_RANGE_BOTH_PRESENT'
  /** Missing a required argument. */
  | 'MISSING_ARGUMENT'
  /** Either function ID or function handle must be provided. */
  | 'MISSING_FUNCTION_IDENTIFIER'
  /** Only one of function ID or function handle is allowed. */
  | 'MULTIPLE_FUNCTION_IDENTIFIERS'
  /** Recurring cycle limit must be 1 when discount does not apply to subscription items. */
  | 'MULTIPLE_RECURRING_CYCLE_LIMIT_FOR_NON_SUBSCRIPTION_ITEMS'
  /** The input value needs to be blank. */
  | 'PRESENT'
  /** The shop's plan does not allow setting `productDiscountsWithTagsOnSameCartLine`. */
  | 'PRODUCT_DISCOUNTS_WITH_TAGS_ON_SAME_CART_LINE_NOT_ENTITLED'
  /** Recurring cycle limit must be a valid integer greater than or equal to 0. */
  | 'RECURRING_CYCLE_LIMIT_NOT_A_VALID_INTEGER'
  /** The input value is already taken. */
  | 'TAKEN'
  /** The input value is too long. */
  | 'TOO_LONG'
  /** Too many arguments provided. */
  | 'TOO_MANY_ARGUMENTS'
  /** The number of tags in `productDiscountsWithTagsOnSameCartLine` exceeds the maximum of 10. */
  | 'TOO_MANY_PRODUCT_DISCOUNTS_WITH_TAGS_ON_SAME_CART_LINE'
  /** The number of tags exceeds the maximum of 5. */
  | 'TOO_MANY_TAGS'
  /** The input value is too short. */
  | 'TOO_SHORT'
  /** The value is outside of the allowed range. */
  | 'VALUE_OUTSIDE_RANGE';

/** The input fields for the items attached to a discount. You can specify the discount items by product ID or collection ID. */
export type DiscountItemsInput = {
  /** Whether all items should be selected for the discount. Not supported for Buy X get Y discounts. */
  all?: boolean | null | undefined;
  /** The collections that are attached to a discount. */
  collections?: DiscountCollectionsInput | null | undefined;
  /**
   * The
   * [products](https://shopify.dev/docs/api/admin-graphql/latest/objects/Product) and
   * [product variants](https://shopify.dev/docs/api/admin-graphql/latest/objects/productvariant)
   * that the discount applies to.
   */
  products?: DiscountProductsInput | null | undefined;
};

/** The input fields for the markets where the discount is available. */
export type DiscountMarketsInput = {
  /** The list of market IDs to add. */
  add?: Array<string> | null | undefined;
  /** The list of market IDs to remove. */
  remove?: Array<string> | null | undefined;
};

/** The input fields for the minimum quantity required for the discount. */
export type DiscountMinimumQuantityInput = {
  /** The minimum quantity of items that's required for the discount to be applied. */
  greaterThanOrEqualToQuantity?: string | null | undefined;
};

/** The input fields for the minimum quantity or subtotal required for a discount. */
export type DiscountMinimumRequirementInput = {
  /** The minimum required quantity. */
  quantity?: DiscountMinimumQuantityInput | null | undefined;
  /** The minimum required subtotal. */
  subtotal?: DiscountMinimumSubtotalInput | null | undefined;
};

/** The input fields for the minimum subtotal required for a discount. */
export type DiscountMinimumSubtotalInput = {
  /** The minimum subtotal that's required for the discount to be applied. */
  greaterThanOrEqualToSubtotal?: string | null | undefined;
};

/** The input fields for the quantity of items discounted and the discount value. */
export type DiscountOnQuantityInput = {
  /** The percentage value of the discount. */
  effect?: DiscountEffectInput | null | undefined;
  /** The quantity of items that are discounted. */
  quantity?: string | null | undefined;
};

/**
 * The input fields for adding and removing
 * [products](https://shopify.dev/docs/api/admin-graphql/latest/objects/Product) and
 * [product variants](https://shopify.dev/docs/api/admin-graphql/latest/objects/productvariant)
 * as prerequisites or as eligible items for a discount.
 */
export type DiscountProductsInput = {
  /** The IDs of the product variants to add as prerequisites or as eligible items for a discount. */
  productVariantsToAdd?: Array<string> | null | undefined;
  /** The IDs of the product variants to remove as prerequisites or as eligible items for a discount. */
  productVariantsToRemove?: Array<string> | null | undefined;
  /** The IDs of the products to add as prerequisites or as eligible items for a discount. */
  productsToAdd?: Array<string> | null | undefined;
  /** The IDs of the products to remove as prerequisites or as eligible items for a discount. */
  productsToRemove?: Array<string> | null | undefined;
};

/** The display status of a fulfillment. */
export type FulfillmentDisplayStatus =
  /** Displayed as **Attempted delivery**. */
  | 'ATTEMPTED_DELIVERY'
  /** Displayed as **Canceled**. */
  | 'CANCELED'
  /** Displayed as **Picked up by carrier**. */
  | 'CARRIER_PICKED_UP'
  /** Displayed as **Confirmed**. */
  | 'CONFIRMED'
  /** Displayed as **Delayed**. */
  | 'DELAYED'
  /** Displayed as **Delivered**. */
  | 'DELIVERED'
  /** Displayed as **Failure**. */
  | 'FAILURE'
  /** Displayed as **Fulfilled**. */
  | 'FULFILLED'
  /** Displayed as **In transit**. */
  | 'IN_TRANSIT'
  /** Displayed as **Label printed**. */
  | 'LABEL_PRINTED'
  /** Displayed as **Label purchased**. */
  | 'LABEL_PURCHASED'
  /** Displayed as **Label voided**. */
  | 'LABEL_VOIDED'
  /** Displayed as **Marked as fulfilled**. */
  | 'MARKED_AS_FULFILLED'
  /** Displayed as **Not delivered**. */
  | 'NOT_DELIVERED'
  /** Displayed as **Out for delivery**. */
  | 'OUT_FOR_DELIVERY'
  /** Displayed as **Picked up**. */
  | 'PICKED_UP'
  /** Displayed as **Ready for pickup**. */
  | 'READY_FOR_PICKUP'
  /** Displayed as **Submitted**. */
  | 'SUBMITTED';

/** The status that describes a fulfillment or delivery event. */
export type FulfillmentEventStatus =
  /** A delivery was attempted. */
  | 'ATTEMPTED_DELIVERY'
  /** The fulfillment has been picked up by the carrier. */
  | 'CARRIER_PICKED_UP'
  /** The fulfillment is confirmed. This is the default value when no other information is available. */
  | 'CONFIRMED'
  /** The fulfillment is delayed. */
  | 'DELAYED'
  /** The fulfillment was successfully delivered. */
  | 'DELIVERED'
  /** The fulfillment request failed. */
  | 'FAILURE'
  /** The fulfillment is in transit. */
  | 'IN_TRANSIT'
  /** A purchased shipping label has been printed. */
  | 'LABEL_PRINTED'
  /** A shipping label has been purchased. */
  | 'LABEL_PURCHASED'
  /** The fulfillment is out for delivery. */
  | 'OUT_FOR_DELIVERY'
  /** The fulfillment is ready to be picked up. */
  | 'READY_FOR_PICKUP';

/** The status of a fulfillment. */
export type FulfillmentStatus =
  /** The fulfillment was canceled. */
  | 'CANCELLED'
  /** There was an error with the fulfillment request. */
  | 'ERROR'
  /** The fulfillment request failed. */
  | 'FAILURE'
  /** The third-party fulfillment service has acknowledged the fulfillment and is processing it. */
  | 'OPEN'
  /**
   * Shopify has created the fulfillment and is waiting for the third-party
   * fulfillment service to transition it to `open` or `success`.
   */
  | 'PENDING'
  /** The fulfillment was completed successfully. */
  | 'SUCCESS';

/** The input fields for a LocalizationExtensionInput. */
export type LocalizationExtensionInput = {
  /** The key for the localization extension. */
  key: LocalizationExtensionKey;
  /** The localization extension value. */
  value: string;
};

/** The key of a localization extension. */
export type LocalizationExtensionKey =
  /** Extension key 'shipping_credential_br' for country BR. */
  | 'SHIPPING_CREDENTIAL_BR'
  /** Extension key 'shipping_credential_cl' for country CL. */
  | 'SHIPPING_CREDENTIAL_CL'
  /** Extension key 'shipping_credential_cn' for country CN. */
  | 'SHIPPING_CREDENTIAL_CN'
  /** Extension key 'shipping_credential_co' for country CO. */
  | 'SHIPPING_CREDENTIAL_CO'
  /** Extension key 'shipping_credential_cr' for country CR. */
  | 'SHIPPING_CREDENTIAL_CR'
  /** Extension key 'shipping_credential_ec' for country EC. */
  | 'SHIPPING_CREDENTIAL_EC'
  /** Extension key 'shipping_credential_es' for country ES. */
  | 'SHIPPING_CREDENTIAL_ES'
  /** Extension key 'shipping_credential_gt' for country GT. */
  | 'SHIPPING_CREDENTIAL_GT'
  /** Extension key 'shipping_credential_id' for country ID. */
  | 'SHIPPING_CREDENTIAL_ID'
  /** Extension key 'shipping_credential_kr' for country KR. */
  | 'SHIPPING_CREDENTIAL_KR'
  /** Extension key 'shipping_credential_mx' for country MX. */
  | 'SHIPPING_CREDENTIAL_MX'
  /** Extension key 'shipping_credential_my' for country MY. */
  | 'SHIPPING_CREDENTIAL_MY'
  /** Extension key 'shipping_credential_pe' for country PE. */
  | 'SHIPPING_CREDENTIAL_PE'
  /** Extension key 'shipping_credential_pt' for country PT. */
  | 'SHIPPING_CREDENTIAL_PT'
  /** Extension key 'shipping_credential_py' for country PY. */
  | 'SHIPPING_CREDENTIAL_PY'
  /** Extension key 'shipping_credential_tr' for country TR. */
  | 'SHIPPING_CREDENTIAL_TR'
  /** Extension key 'shipping_credential_tw' for country TW. */
  | 'SHIPPING_CREDENTIAL_TW'
  /** Extension key 'shipping_credential_type_co' for country CO. */
  | 'SHIPPING_CREDENTIAL_TYPE_CO'
  /** Extension key 'tax_credential_br' for country BR. */
  | 'TAX_CREDENTIAL_BR'
  /** Extension key 'tax_credential_cl' for country CL. */
  | 'TAX_CREDENTIAL_CL'
  /** Extension key 'tax_credential_co' for country CO. */
  | 'TAX_CREDENTIAL_CO'
  /** Extension key 'tax_credential_cr' for country CR. */
  | 'TAX_CREDENTIAL_CR'
  /** Extension key 'tax_credential_ec' for country EC. */
  | 'TAX_CREDENTIAL_EC'
  /** Extension key 'tax_credential_es' for country ES. */
  | 'TAX_CREDENTIAL_ES'
  /** Extension key 'tax_credential_gt' for country GT. */
  | 'TAX_CREDENTIAL_GT'
  /** Extension key 'tax_credential_id' for country ID. */
  | 'TAX_CREDENTIAL_ID'
  /** Extension key 'tax_credential_it' for country IT. */
  | 'TAX_CREDENTIAL_IT'
  /** Extension key 'tax_credential_mx' for country MX. */
  | 'TAX_CREDENTIAL_MX'
  /** Extension key 'tax_credential_my' for country MY. */
  | 'TAX_CREDENTIAL_MY'
  /** Extension key 'tax_credential_pe' for country PE. */
  | 'TAX_CREDENTIAL_PE'
  /** Extension key 'tax_credential_pt' for country PT. */
  | 'TAX_CREDENTIAL_PT'
  /** Extension key 'tax_credential_py' for country PY. */
  | 'TAX_CREDENTIAL_PY'
  /** Extension key 'tax_credential_tr' for country TR. */
  | 'TAX_CREDENTIAL_TR'
  /** Extension key 'tax_credential_type_co' for country CO. */
  | 'TAX_CREDENTIAL_TYPE_CO'
  /** Extension key 'tax_credential_type_mx' for country MX. */
  | 'TAX_CREDENTIAL_TYPE_MX'
  /** Extension key 'tax_credential_use_mx' for country MX. */
  | 'TAX_CREDENTIAL_USE_MX'
  /** Extension key 'tax_email_it' for country IT. */
  | 'TAX_EMAIL_IT';

/** The input fields for a LocalizedFieldInput. */
export type LocalizedFieldInput = {
  /** The key for the localized field. */
  key: LocalizedFieldKey;
  /** The localized field value. */
  value: string;
};

/** The key of a localized field. */
export type LocalizedFieldKey =
  /** Localized field key 'shipping_credential_br' for country Brazil. */
  | 'SHIPPING_CREDENTIAL_BR'
  /** Localized field key 'shipping_credential_cl' for country Chile. */
  | 'SHIPPING_CREDENTIAL_CL'
  /** Localized field key 'shipping_credential_cn' for country China. */
  | 'SHIPPING_CREDENTIAL_CN'
  /** Localized field key 'shipping_credential_co' for country Colombia. */
  | 'SHIPPING_CREDENTIAL_CO'
  /** Localized field key 'shipping_credential_cr' for country Costa Rica. */
  | 'SHIPPING_CREDENTIAL_CR'
  /** Localized field key 'shipping_credential_ec' for country Ecuador. */
  | 'SHIPPING_CREDENTIAL_EC'
  /** Localized field key 'shipping_credential_es' for country Spain. */
  | 'SHIPPING_CREDENTIAL_ES'
  /** Localized field key 'shipping_credential_gt' for country Guatemala. */
  | 'SHIPPING_CREDENTIAL_GT'
  /** Localized field key 'shipping_credential_id' for country Indonesia. */
  | 'SHIPPING_CREDENTIAL_ID'
  /** Localized field key 'shipping_credential_kr' for country South Korea. */
  | 'SHIPPING_CREDENTIAL_KR'
  /** Localized field key 'shipping_credential_mx' for country Mexico. */
  | 'SHIPPING_CREDENTIAL_MX'
  /** Localized field key 'shipping_credential_my' for country Malaysia. */
  | 'SHIPPING_CREDENTIAL_MY'
  /** Localized field key 'shipping_credential_pe' for country Peru. */
  | 'SHIPPING_CREDENTIAL_PE'
  /** Localized field key 'shipping_credential_pt' for country Portugal. */
  | 'SHIPPING_CREDENTIAL_PT'
  /** Localized field key 'shipping_credential_py' for country Paraguay. */
  | 'SHIPPING_CREDENTIAL_PY'
  /** Localized field key 'shipping_credential_tr' for country Turkey. */
  | 'SHIPPING_CREDENTIAL_TR'
  /** Localized field key 'shipping_credential_tw' for country Taiwan. */
  | 'SHIPPING_CREDENTIAL_TW'
  /** Localized field key 'shipping_credential_type_co' for country Colombia. */
  | 'SHIPPING_CREDENTIAL_TYPE_CO'
  /** Localized field key 'tax_credential_br' for country Brazil. */
  | 'TAX_CREDENTIAL_BR'
  /** Localized field key 'tax_credential_cl' for country Chile. */
  | 'TAX_CREDENTIAL_CL'
  /** Localized field key 'tax_credential_co' for country Colombia. */
  | 'TAX_CREDENTIAL_CO'
  /** Localized field key 'tax_credential_cr' for country Costa Rica. */
  | 'TAX_CREDENTIAL_CR'
  /** Localized field key 'tax_credential_ec' for country Ecuador. */
  | 'TAX_CREDENTIAL_EC'
  /** Localized field key 'tax_credential_es' for country Spain. */
  | 'TAX_CREDENTIAL_ES'
  /** Localized field key 'tax_credential_gt' for country Guatemala. */
  | 'TAX_CREDENTIAL_GT'
  /** Localized field key 'tax_credential_id' for country Indonesia. */
  | 'TAX_CREDENTIAL_ID'
  /** Localized field key 'tax_credential_it' for country Italy. */
  | 'TAX_CREDENTIAL_IT'
  /** Localized field key 'tax_credential_mx' for country Mexico. */
  | 'TAX_CREDENTIAL_MX'
  /** Localized field key 'tax_credential_my' for country Malaysia. */
  | 'TAX_CREDENTIAL_MY'
  /** Localized field key 'tax_credential_pe' for country Peru. */
  | 'TAX_CREDENTIAL_PE'
  /** Localized field key 'tax_credential_pt' for country Portugal. */
  | 'TAX_CREDENTIAL_PT'
  /** Localized field key 'tax_credential_py' for country Paraguay. */
  | 'TAX_CREDENTIAL_PY'
  /** Localized field key 'tax_credential_tr' for country Turkey. */
  | 'TAX_CREDENTIAL_TR'
  /** Localized field key 'tax_credential_type_co' for country Colombia. */
  | 'TAX_CREDENTIAL_TYPE_CO'
  /** Localized field key 'tax_credential_type_mx' for country Mexico. */
  | 'TAX_CREDENTIAL_TYPE_MX'
  /** Localized field key 'tax_credential_use_mx' for country Mexico. */
  | 'TAX_CREDENTIAL_USE_MX'
  /** Localized field key 'tax_email_it' for country Italy. */
  | 'TAX_EMAIL_IT';

/** The input fields to create or update a mailing address. */
export type MailingAddressInput = {
  /** The first line of the address. Typically the street address or PO Box number. */
  address1?: string | null | undefined;
  /** The second line of the address. Typically the number of the apartment, suite, or unit. */
  address2?: string | null | undefined;
  /** The name of the city, district, village, or town. */
  city?: string | null | undefined;
  /** The name of the customer's company or organization. */
  company?: string | null | undefined;
  /**
   * The name of the country.
   * @deprecated Use `countryCode` instead.
   */
  country?: string | null | undefined;
  /** The two-letter code for the country of the address. */
  countryCode?: CountryCode | null | undefined;
  /** The first name of the customer. */
  firstName?: string | null | undefined;
  /** @deprecated Not needed for 90% of mutations, and provided separately where it is needed. */
  id?: string | null | undefined;
  /** The last name of the customer. */
  lastName?: string | null | undefined;
  /**
   * A unique phone number for the customer.
   *
   * Formatted using E.164 standard. For example, _+16135551111_.
   */
  phone?: string | null | undefined;
  /**
   * The region of the address, such as the province, state, or district.
   * @deprecated Use `provinceCode` instead.
   */
  province?: string | null | undefined;
  /**
   * The code for the region of the address, such as the province, state, or district.
   * For example QC for Quebec, Canada.
   */
  provinceCode?: string | null | undefined;
  /** The zip or postal code of the address. */
  zip?: string | null | undefined;
};

/**
 * The input fields to use to create or update a metafield through a mutation on the owning resource.
 * An alternative way to create or update a metafield is by using the
 * [metafieldsSet](https://shopify.dev/api/admin-graphql/latest/mutations/metafieldsSet) mutation.
 */
export type MetafieldInput = {
  /** The unique ID of the metafield. Using `namespace` and `key` is preferred for creating and updating. */
  id?: string | null | undefined;
  /**
   * The unique identifier for a metafield within its namespace.
   *
   * Required when creating a metafield, but optional when updating. Used to help identify the metafield when
   * updating, but can't be updated itself.
   *
   * Must be 2-64 characters long and can contain alphanumeric, hyphen, and underscore characters.
   */
  key?: string | null | undefined;
  /**
   * The container for a group of metafields that the metafield is or will be associated with. Used in tandem with
   * `key` to lookup a metafield on a resource, preventing conflicts with other metafields with the same `key`.
   *
   * Required when creating a metafield, but optional when updating. Used to help identify the metafield when
   * updating, but can't be updated itself.
   *
   * Must be 3-255 characters long and can contain alphanumeric, hyphen, and underscore characters.
   */
  namespace?: string | null | undefined;
  /**
   * The type of data that's stored in the metafield.
   * Refer to the list of [supported types](https://shopify.dev/apps/metafields/types).
   *
   * Required when creating or updating a metafield without a definition.
   */
  type?: string | null | undefined;
  /** The data stored in the metafield. Always stored as a string, regardless of the metafield's type. */
  value?: string | null | undefined;
};

/** The input fields for a monetary value with currency. */
export type MoneyInput = {
  /** Decimal money amount. */
  amount: string;
  /** Currency of the money. */
  currencyCode: CurrencyCode;
};

/** Discrepancy reasons for order adjustments. */
export type OrderAdjustmentInputDiscrepancyReason =
  /** The discrepancy reason is customer. */
  | 'CUSTOMER'
  /** The discrepancy reason is damage. */
  | 'DAMAGE'
  /** The discrepancy reason is not one of the predefined reasons. */
  | 'OTHER'
  /** The discrepancy reason is restocking. */
  | 'RESTOCK';

/** The input fields for specifying the information to be updated on an order when using the orderUpdate mutation. */
export type OrderInput = {
  /** A new list of custom attributes for the order. Overwrites the existing custom attributes. */
  customAttributes?: Array<AttributeInput> | null | undefined;
  /** A new customer email address for the order. Overwrites the existing email address. */
  email?: string | null | undefined;
  /** The ID of the order to update. */
  id: string;
  /**
   * A list of new [localization extensions](https://shopify.dev/api/admin-graphql/latest/objects/localizationextension)
   * to add to the existing list of localization extensions for the order.
   * @deprecated This field will be removed in a future version. Use `localizedFields` instead.
   */
  localizationExtensions?: Array<LocalizationExtensionInput> | null | undefined;
  /**
   * A list of new [localized
   * fields](https://shopify.dev/api/admin-graphql/latest/objects/localizedfield)
   * to add to the existing list of localized fields for the order.
   */
  localizedFields?: Array<LocalizedFieldInput> | null | undefined;
  /** A list of new metafields to add to the existing metafields for the order. */
  metafields?: Array<MetafieldInput> | null | undefined;
  /** The new contents for the note associated with the order. Overwrites the existing note. */
  note?: string | null | undefined;
  /** A new customer phone number for the order. Overwrites the existing phone number. */
  phone?: string | null | undefined;
  /** The new purchase order number for the order. */
  poNumber?: string | null | undefined;
  /** The new shipping address for the order. Overwrites the existing shipping address. */
  shippingAddress?: MailingAddressInput | null | undefined;
  /** A new list of tags for the order. Overwrites the existing tags. */
  tags?: Array<string> | null | undefined;
};

/** The input fields for the information needed to create an order transaction. */
export type OrderTransactionInput = {
  /** The amount of money for this transaction. */
  amount: string;
  /** The payment gateway to use for this transaction. */
  gateway: string;
  /** The kind of transaction. */
  kind: OrderTransactionKind;
  /** The ID of the order associated with the transaction. */
  orderId: string;
  /** The ID of the optional parent transaction, for example the authorization of a capture. */
  parentId?: string | null | undefined;
};

/** The different kinds of order transactions. */
export type OrderTransactionKind =
  /**
   * An amount reserved against the cardholder's funding source.
   * Money does not change hands until the authorization is captured.
   */
  | 'AUTHORIZATION'
  /** A transfer of the money that was reserved by an authorization. */
  | 'CAPTURE'
  /** The money returned to the customer when they've paid too much during a cash transaction. */
  | 'CHANGE'
  /** An authorization for a payment taken with an EMV credit card reader. */
  | 'EMV_AUTHORIZATION'
  /**
   * A partial or full return of captured funds to the cardholder.
   * A refund can happen only after a capture is processed.
   */
  | 'REFUND'
  /** An authorization and capture performed together in a single step. */
  | 'SALE'
  /** A suggested refund transaction that can be used to create a refund. */
  | 'SUGGESTED_REFUND'
  /** A cancelation of an authorization transaction. */
  | 'VOID';

/** The different states that an `OrderTransaction` can have. */
export type OrderTransactionStatus =
  /** Awaiting a response. */
  | 'AWAITING_RESPONSE'
  /** There was an error while processing the transaction. */
  | 'ERROR'
  /** The transaction failed. */
  | 'FAILURE'
  /** The transaction is pending. */
  | 'PENDING'
  /** The transaction succeeded. */
  | 'SUCCESS'
  /** The transaction status is unknown. */
  | 'UNKNOWN';

/**
 * Controls which product discounts can apply together on the same cart line. By
 * default, only one product discount applies per line. Available only on a Shopify
 * Plus plan.
 *
 * For discounts to apply together, they must match tags in both directions. Each
 * discount has two tag sets: the tags that identify the discount, and the tags that
 * it agrees to apply with. Use the `tags` field on the discount input to set the
 * discount's own tags. Use this input object to set the tags that the discount can
 * apply with. Two discounts apply together only if each one allows at least one tag
 * that the other is tagged with. Any number of product discounts can apply to the
 * same line if this two-way match holds for every pair in the group.
 *
 * Example: Discount A is tagged with `LOYALTY` and allows `SEASONAL`, and Discount B
 * is tagged with `SEASONAL` and allows `LOYALTY`. They apply together. To add a
 * third discount, it must meet the same mutual-match rule with both A and B.
 *
 * Buy X Get Y discounts stack only on the customer-gets products (GY), not the
 * customer-buys products (BX). See
 * [Limitations for discount combinations](https://help.shopify.com/manual/discounts/discount-combinations#considerations)
 * for details.
 */
export type ProductDiscountsWithTagsOnSameCartLineInput = {
  /**
   * The tags to add to this discount's combination list. This field doesn't add
   * tags to the discount itself. To change the tags on the discount, use the
   * discount input's `tags` field or the
   * [`tagsAdd`](https://shopify.dev/api/admin-graphql/latest/mutations/tagsadd)
   * and [`tagsRemove`](https://shopify.dev/api/admin-graphql/latest/mutations/tagsremove)
   * mutations.
   *
   * If another product discount has a matching tag and also allows at least one
   * tag on this discount, then both discounts can apply to the same cart line.
   */
  add?: Array<string> | null | undefined;
  /**
   * The tags to remove from this discount's combination list. This field doesn't
   * remove tags from the discount itself. To change the tags on the discount, use
   * the discount input's `tags` field or the
   * [`tagsAdd`](https://shopify.dev/api/admin-graphql/latest/mutations/tagsadd)
   * and [`tagsRemove`](https://shopify.dev/api/admin-graphql/latest/mutations/tagsremove)
   * mutations.
   *
   * If this discount and another product discount still match tags in both
   * directions after the removal, then both discounts can still apply to the same
   * cart line.
   */
  remove?: Array<string> | null | undefined;
};

/** The input fields required to reimburse duties on a refund. */
export type RefundDutyInput = {
  /** The ID of the duty in the refund. */
  dutyId: string;
  /** The type of refund for this duty. */
  refundType?: RefundDutyRefundType | null | undefined;
};

/** The type of refund to perform for a particular refund duty. */
export type RefundDutyRefundType =
  /** The duty is fully refunded. */
  | 'FULL'
  /** The duty is proportionally refunded based on the quantity of the refunded line item. */
  | 'PROPORTIONAL';

/** The input fields to create a refund. */
export type RefundInput = {
  /** Whether to allow the total refunded amount to surpass the amount paid for the order. */
  allowOverRefunding?: boolean | null | undefined;
  /**
   * The currency that is used to refund the order. This must be the presentment
   * currency, which is the currency used by the customer. This is a required field
   * for orders where the currency and presentment currency differ.
   */
  currency?: CurrencyCode | null | undefined;
  /** An optional reason for a discrepancy between calculated and actual refund amounts. */
  discrepancyReason?: OrderAdjustmentInputDiscrepancyReason | null | undefined;
  /** An optional note that's attached to the refund. */
  note?: string | null | undefined;
  /** Whether to send a refund notification to the customer. */
  notify?: boolean | null | undefined;
  /** The ID of the order that's being refunded. */
  orderId: string;
  /** The date and time when the refund is being processed. If not provided, it will be set to the current time. */
  processedAt?: string | null | undefined;
  /** A list of duties to refund. */
  refundDuties?: Array<RefundDutyInput> | null | undefined;
  /** A list of line items to refund. */
  refundLineItems?: Array<RefundLineItemInput> | null | undefined;
  /** A list of instructions to process the financial outcome of the refund. */
  refundMethods?: Array<RefundMethodInput> | null | undefined;
  /** The input fields that are required to reimburse shipping costs. */
  shipping?: ShippingRefundInput | null | undefined;
  /** A list of transactions involved in the refund. */
  transactions?: Array<OrderTransactionInput> | null | undefined;
};

/** The input fields required to reimburse line items on a refund. */
export type RefundLineItemInput = {
  /** The ID of the line item in the refund. */
  lineItemId: string;
  /** The intended location for restocking. If the `restockType` is set to `NO_RESTOCK`, then this value is empty. */
  locationId?: string | null | undefined;
  /** The quantity of the associated line item to be refunded. */
  quantity: number;
  /** The type of restock for this line item. */
  restockType?: RefundLineItemRestockType | null | undefined;
};

/** The type of restock performed for a particular refund line item. */
export type RefundLineItemRestockType =
  /** The refund line item was canceled. Use this when restocking unfulfilled line items. */
  | 'CANCEL'
  /**
   * Deprecated. The refund line item was restocked, without specifically
   * beingidentified as a return or cancelation. This value is not accepted when
   * creating new refunds.
   */
  | 'LEGACY_RESTOCK'
  /** Refund line item was not restocked. */
  | 'NO_RESTOCK'
  /** The refund line item was returned. Use this when restocking line items that were fulfilled. */
  | 'RETURN';

/** The input fields for processing the financial outcome of a refund. */
export type RefundMethodInput =
  {   /** The details of the refund to store credit. */
  storeCreditRefund: StoreCreditRefundInput; };

/** The input fields for the shipping cost to refund. */
export type RefundShippingInput = {
  /** Whether to refund the full shipping amount. */
  fullRefund?: boolean | null | undefined;
  /**
   * The input fields required to refund shipping cost, in the presentment currency of the order.
   * This overrides the `fullRefund` argument.
   * This field defaults to 0.00 when not provided and when the `fullRefund` argument is false.
   */
  shippingRefundAmount?: MoneyInput | null | undefined;
};

/** The input fields for a restocking fee. */
export type RestockingFeeInput = {
  /** The value of the fee as a percentage. */
  percentage: number;
};

/** The input fields for approving a customer's return request. */
export type ReturnApproveRequestInput = {
  /** The ID of the return that's being approved. */
  id: string;
  /**
   * Notify the customer when a return request is approved.
   * The customer will only receive a notification if `Order.email` is present.
   */
  notifyCustomer?: boolean | null | undefined;
  /**
   * When `true` the return will be created in an unprocessed state; returns must
   * subsequently be processed via Return Processing APIs in order to take further
   * action on them. Creating returns in an unprocessed state will soon be the
   * default behavior. After July 1st, 2025, this field is only available to
   * merchants who have created exchanges or returns with fees using API up that
   * date. It will be ignored otherwise.
   * @deprecated This field is temporary to support the transition to Returns Processing APIs.
   */
  unprocessed?: boolean | null | undefined;
};

/** The reason why the merchant declined a customer's return request. */
export type ReturnDeclineReason =
  /** The return contains final sale items. */
  | 'FINAL_SALE'
  /** The return is declined for another reason. */
  | 'OTHER'
  /** The return period has ended. */
  | 'RETURN_PERIOD_ENDED';

/** The input fields for declining a customer's return request. */
export type ReturnDeclineRequestInput = {
  /**
   * The notification message that's sent to a customer about their declined return request.
   * Maximum length: 500 characters.
   */
  declineNote?: string | null | undefined;
  /** The reason why the merchant declined the customer's return request. */
  declineReason: ReturnDeclineReason;
  /** The ID of the return that's being declined. */
  id: string;
  /**
   * Notify the customer when a return request is declined.
   * The customer will only receive a notification if `Order.email` is present.
   */
  notifyCustomer?: boolean | null | undefined;
};

/** Possible error codes that can be returned by `ReturnUserError`. */
export type ReturnErrorCode =
  /** The requested resource already exists. */
  | 'ALREADY_EXISTS'
  /** The input value is blank. */
  | 'BLANK'
  /** A requested resource could not be created. */
  | 'CREATION_FAILED'
  /** The input value should be equal to the value allowed. */
  | 'EQUAL_TO'
  /** A required feature is not enabled. */
  | 'FEATURE_NOT_ENABLED'
  /** The input value should be greater than the minimum allowed value. */
  | 'GREATER_THAN'
  /** The input value should be greater than or equal to the minimum value allowed. */
  | 'GREATER_THAN_OR_EQUAL_TO'
  /** The input value isn't included in the list. */
  | 'INCLUSION'
  /**
   * The requested configuration cannot be applied to this standard return policy
   * which is managed for you in compliance with relevant regulations.
   */
  | 'INCOMPATIBLE_WITH_STANDARD_POLICY'
  /** Unexpected internal error happened. */
  | 'INTERNAL_ERROR'
  /** The input value is invalid. */
  | 'INVALID'
  /** A resource was not in the correct state for the operation to succeed. */
  | 'INVALID_STATE'
  /** The input value should be less than the maximum value allowed. */
  | 'LESS_THAN'
  /** The input value should be less than or equal to the maximum value allowed. */
  | 'LESS_THAN_OR_EQUAL_TO'
  /** The user does not have permission to perform the operation. */
  | 'MISSING_PERMISSION'
  /** A requested notification could not be sent. */
  | 'NOTIFICATION_FAILED'
  /** The input value is not a number. */
  | 'NOT_A_NUMBER'
  /** A requested item is not editable. */
  | 'NOT_EDITABLE'
  /** A requested item could not be found. */
  | 'NOT_FOUND'
  /** The input value needs to be blank. */
  | 'PRESENT'
  /** The input value is already taken. */
  | 'TAKEN'
  /** The input value is too big. */
  | 'TOO_BIG'
  /** The input value is too long. */
  | 'TOO_LONG'
  /** Too many arguments provided. */
  | 'TOO_MANY_ARGUMENTS'
  /** The input value is too short. */
  | 'TOO_SHORT'
  /** The input value is the wrong length. */
  | 'WRONG_LENGTH';

/** The input fields for an exchange line item. */
export type ReturnProcessExchangeLineItemInput = {
  /** The ID of the exchange line item. */
  id: string;
  /** The quantity of the exchange line item. */
  quantity: number;
};

/** The input fields for the financial transfer for the return. */
export type ReturnProcessFinancialTransferInput =
  {   /** Issue a refund for the return. */
  issueRefund: ReturnProcessRefundInput; };

/** The input fields for processing a return. */
export type ReturnProcessInput = {
  /** The exchange line items list to be handled. */
  exchangeLineItems?: Array<ReturnProcessExchangeLineItemInput> | null | undefined;
  /** The financial transfer for the return. */
  financialTransfer?: ReturnProcessFinancialTransferInput | null | undefined;
  /** The note for the return. */
  note?: string | null | undefined;
  /** Whether to notify the customer about the return. */
  notifyCustomer?: boolean | null | undefined;
  /** The refund duties list to be handled. */
  refundDuties?: Array<RefundDutyInput> | null | undefined;
  /** The shipping cost to refund. */
  refundShipping?: RefundShippingInput | null | undefined;
  /** The ID of the return to be processed. */
  returnId: string;
  /** The return line items list to be handled. */
  returnLineItems?: Array<ReturnProcessReturnLineItemInput> | null | undefined;
  /** ID of the tip line item. */
  tipLineId?: string | null | undefined;
};

/** The input fields for the refund for the return. */
export type ReturnProcessRefundInput = {
  /** Whether to allow the total refunded amount to surpass the amount paid for the order. */
  allowOverRefunding?: boolean | null | undefined;
  /** The order transactions for the refund. */
  orderTransactions: Array<ReturnRefundOrderTransactionInput>;
  /** A list of instructions to process the financial outcome of the refund. */
  refundMethods?: Array<RefundMethodInput> | null | undefined;
};

/** The input fields for a return line item. */
export type ReturnProcessReturnLineItemInput = {
  /** The dispositions for the return line item. */
  dispositions?: Array<ReverseFulfillmentOrderDisposeInput> | null | undefined;
  /** The ID of the return line item. */
  id: string;
  /** The quantity of the return line item. */
  quantity: number;
};

/** The reason for returning the return line item. */
export type ReturnReason =
  /** The item is returned because the buyer did not like the color. Displays as **Color**. */
  | 'COLOR'
  /** The item is returned because it is damaged or defective. Displays as **Damaged or defective**. */
  | 'DEFECTIVE'
  /** The item is returned because it was not as described. Displays as **Item not as described**. */
  | 'NOT_AS_DESCRIBED'
  /** The item is returned for another reason. For this value, a return reason note is also provided. Displays as **Other**. */
  | 'OTHER'
  /** The item is returned because the size was too large. Displays as **Size was too large**. */
  | 'SIZE_TOO_LARGE'
  /** The item is returned because the size was too small. Displays as **Size was too small**. */
  | 'SIZE_TOO_SMALL'
  /** The item is returned because the buyer did not like the style. Displays as **Style**. */
  | 'STYLE'
  /** The item is returned because of an unknown reason. Displays as **Unknown**. */
  | 'UNKNOWN'
  /** The item is returned because the customer changed their mind. Displays as **Customer changed their mind**. */
  | 'UNWANTED'
  /** The item is returned because the customer received the wrong one. Displays as **Received the wrong item**. */
  | 'WRONG_ITEM';

/** The input fields to create order transactions when refunding a return. */
export type ReturnRefundOrderTransactionInput = {
  /** The ID of the parent order transaction. The transaction must be of kind `CAPTURE` or a `SALE`. */
  parentId: string;
  /** The amount of money for the transaction in the presentment currency of the order. */
  transactionAmount: MoneyInput;
};

/** The input fields for requesting a return. */
export type ReturnRequestInput = {
  /** The ID of the order that's being returned. */
  orderId: string;
  /** The line items that are being handled in the return. */
  returnLineItems: Array<ReturnRequestLineItemInput>;
  /** The return shipping fee to capture. */
  returnShippingFee?: ReturnShippingFeeInput | null | undefined;
};

/** The input fields for a return line item. */
export type ReturnRequestLineItemInput = {
  /**
   * A note from the customer that describes the item to be returned.
   * For example, the note can communicate issues with the item to the merchant.
   * Maximum length: 300 characters.
   */
  customerNote?: string | null | undefined;
  /**
   * The ID of the fulfillment line item to be returned.
   * Specifically, this field expects a `FulfillmentLineItem.id`.
   */
  fulfillmentLineItemId: string;
  /** The quantity of the item that's being returned. */
  quantity: number;
  /** The restocking fee to capture. */
  restockingFee?: RestockingFeeInput | null | undefined;
  /**
   * The reason why the line item is being returned.
   * @deprecated Use `returnReasonDefinitionId` instead. This field will be removed in the future.
   */
  returnReason?: ReturnReason | null | undefined;
  /**
   * The ID of a [`ReturnReasonDefinition`](https://shopify.dev/docs/api/admin-graphql/latest/objects/ReturnReasonDefinition). Accepts any ID from the full library of reasons available via [`returnReasonDefinitions`](https://shopify.dev/docs/api/admin-graphql/latest/queries/returnReasonDefinitions),
   * not limited to the suggested reasons for the line item.
   */
  returnReasonDefinitionId?: string | null | undefined;
};

/** The input fields for a return shipping fee. */
export type ReturnShippingFeeInput = {
  /** The value of the fee as a fixed amount in the presentment currency of the order. */
  amount: MoneyInput;
};

/** The status of a return. */
export type ReturnStatus =
  /** The return has been canceled. */
  | 'CANCELED'
  /** The return has been completed. */
  | 'CLOSED'
  /** The return was declined. */
  | 'DECLINED'
  /** The return is in progress. */
  | 'OPEN'
  /** The return was requested. */
  | 'REQUESTED';

/** The input fields to dispose a reverse fulfillment order line item. */
export type ReverseFulfillmentOrderDisposeInput = {
  /** The final arrangement for the reverse fulfillment order line item. */
  dispositionType: ReverseFulfillmentOrderDispositionType;
  /**
   * The ID of the location where the reverse fulfillment order line item is to be disposed.
   *         This is required when the disposition type is RESTOCKED.
   */
  locationId?: string | null | undefined;
  /** The quantity of the reverse fulfillment order line item to dispose. */
  quantity: number;
  /** The ID of the reverse fulfillment order line item. */
  reverseFulfillmentOrderLineItemId: string;
};

/** The final arrangement of an item from a reverse fulfillment order. */
export type ReverseFulfillmentOrderDispositionType =
  /** An item that was expected but absent. */
  | 'MISSING'
  /** An item that wasn't restocked. */
  | 'NOT_RESTOCKED'
  /** An item that requires further processing before being restocked or discarded. */
  | 'PROCESSING_REQUIRED'
  /** An item that was restocked. */
  | 'RESTOCKED';

/** The input fields that are required to reimburse shipping costs. */
export type ShippingRefundInput = {
  /** The monetary value of the shipping fees to be reimbursed. */
  amount?: string | null | undefined;
  /** Whether a full refund is provided. */
  fullRefund?: boolean | null | undefined;
};

/** The input fields for a store credit account credit transaction. */
export type StoreCreditAccountCreditInput = {
  /** The amount to credit the store credit account. */
  creditAmount: MoneyInput;
  /** The date and time when the credit expires. */
  expiresAt?: string | null | undefined;
  /**
   * Whether to send a notification to the account owner when the store credit is issued.
   * Defaults to `false`.
   */
  notify?: boolean | null | undefined;
};

/** Possible error codes that can be returned by `StoreCreditAccountCreditUserError`. */
export type StoreCreditAccountCreditUserErrorCode =
  /** The store credit account could not be found. */
  | 'ACCOUNT_NOT_FOUND'
  /** The operation would cause the account's credit limit to be exceeded. */
  | 'CREDIT_LIMIT_EXCEEDED'
  /** The expiry date must be in the future. */
  | 'EXPIRES_AT_IN_PAST'
  /** The currency provided does not match the currency of the store credit account. */
  | 'MISMATCHING_CURRENCY'
  /** A positive amount must be used to credit a store credit account. */
  | 'NEGATIVE_OR_ZERO_AMOUNT'
  /** Owner does not exist. */
  | 'OWNER_NOT_FOUND'
  /** The currency provided is not currently supported. */
  | 'UNSUPPORTED_CURRENCY';

/** The input fields to process a refund to store credit. */
export type StoreCreditRefundInput = {
  /** The amount to be issued as store credit. */
  amount: MoneyInput;
  /** An optional expiration date for the store credit being issued. */
  expiresAt?: string | null | undefined;
};

export type OrderFieldsFragment = { id: string, name: string, email: string | null, phone: string | null, createdAt: string, processedAt: string, cancelledAt: string | null, presentmentCurrencyCode: CurrencyCode, sourceName: string | null, tags: Array<string>, customer: { id: string, email: string | null, phone: string | null, firstName: string | null, lastName: string | null, defaultAddress: { countryCodeV2: CountryCode | null, provinceCode: string | null } | null } | null, shippingAddress: { countryCodeV2: CountryCode | null, provinceCode: string | null, city: string | null, zip: string | null } | null, billingAddress: { countryCodeV2: CountryCode | null, provinceCode: string | null, city: string | null, zip: string | null } | null, totalPriceSet: { presentmentMoney: { amount: string, currencyCode: CurrencyCode } }, totalShippingPriceSet: { presentmentMoney: { amount: string, currencyCode: CurrencyCode } }, fulfillments: Array<{ id: string, status: FulfillmentStatus, displayStatus: FulfillmentDisplayStatus | null, createdAt: string, deliveredAt: string | null, inTransitAt: string | null, requiresShipping: boolean, events: { nodes: Array<{ status: FulfillmentEventStatus, happenedAt: string }> }, fulfillmentLineItems: { nodes: Array<{ id: string, quantity: number | null, lineItem: { id: string } }> } }>, refunds: Array<{ id: string, createdAt: string | null, note: string | null, totalRefundedSet: { presentmentMoney: { amount: string, currencyCode: CurrencyCode } }, refundLineItems: { nodes: Array<{ quantity: number, lineItem: { id: string } }> } }>, returns: { nodes: Array<{ id: string, status: ReturnStatus, createdAt: string, returnLineItems: { nodes: Array<
          | { quantity: number, refundedQuantity: number, fulfillmentLineItem: { lineItem: { id: string } } }
          | { quantity: number, refundedQuantity: number }
        > } }> } };

export type LinePageFragment = { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, variantTitle: string | null, sku: string | null, vendor: string | null, quantity: number, currentQuantity: number, refundableQuantity: number, isGiftCard: boolean, requiresShipping: boolean, originalUnitPriceSet: { presentmentMoney: { amount: string, currencyCode: CurrencyCode } }, discountAllocations: Array<{ allocatedAmountSet: { presentmentMoney: { amount: string, currencyCode: CurrencyCode } } }>, variant: { id: string } | null, product: { id: string, productType: string, tags: Array<string>, collections: { nodes: Array<{ handle: string }> } } | null }> };

export type GetOrderQueryVariables = Exact<{
  id: string;
}>;


export type GetOrderQuery = { order: { id: string, name: string, email: string | null, phone: string | null, createdAt: string, processedAt: string, cancelledAt: string | null, presentmentCurrencyCode: CurrencyCode, sourceName: string | null, tags: Array<string>, lineItems: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, variantTitle: string | null, sku: string | null, vendor: string | null, quantity: number, currentQuantity: number, refundableQuantity: number, isGiftCard: boolean, requiresShipping: boolean, originalUnitPriceSet: { presentmentMoney: { amount: string, currencyCode: CurrencyCode } }, discountAllocations: Array<{ allocatedAmountSet: { presentmentMoney: { amount: string, currencyCode: CurrencyCode } } }>, variant: { id: string } | null, product: { id: string, productType: string, tags: Array<string>, collections: { nodes: Array<{ handle: string }> } } | null }> }, customer: { id: string, email: string | null, phone: string | null, firstName: string | null, lastName: string | null, defaultAddress: { countryCodeV2: CountryCode | null, provinceCode: string | null } | null } | null, shippingAddress: { countryCodeV2: CountryCode | null, provinceCode: string | null, city: string | null, zip: string | null } | null, billingAddress: { countryCodeV2: CountryCode | null, provinceCode: string | null, city: string | null, zip: string | null } | null, totalPriceSet: { presentmentMoney: { amount: string, currencyCode: CurrencyCode } }, totalShippingPriceSet: { presentmentMoney: { amount: string, currencyCode: CurrencyCode } }, fulfillments: Array<{ id: string, status: FulfillmentStatus, displayStatus: FulfillmentDisplayStatus | null, createdAt: string, deliveredAt: string | null, inTransitAt: string | null, requiresShipping: boolean, events: { nodes: Array<{ status: FulfillmentEventStatus, happenedAt: string }> }, fulfillmentLineItems: { nodes: Array<{ id: string, quantity: number | null, lineItem: { id: string } }> } }>, refunds: Array<{ id: string, createdAt: string | null, note: string | null, totalRefundedSet: { presentmentMoney: { amount: string, currencyCode: CurrencyCode } }, refundLineItems: { nodes: Array<{ quantity: number, lineItem: { id: string } }> } }>, returns: { nodes: Array<{ id: string, status: ReturnStatus, createdAt: string, returnLineItems: { nodes: Array<
            | { quantity: number, refundedQuantity: number, fulfillmentLineItem: { lineItem: { id: string } } }
            | { quantity: number, refundedQuantity: number }
          > } }> } } | null };

export type OrderLinesPageQueryVariables = Exact<{
  id: string;
  after: string;
}>;


export type OrderLinesPageQuery = { order: { id: string, lineItems: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, variantTitle: string | null, sku: string | null, vendor: string | null, quantity: number, currentQuantity: number, refundableQuantity: number, isGiftCard: boolean, requiresShipping: boolean, originalUnitPriceSet: { presentmentMoney: { amount: string, currencyCode: CurrencyCode } }, discountAllocations: Array<{ allocatedAmountSet: { presentmentMoney: { amount: string, currencyCode: CurrencyCode } } }>, variant: { id: string } | null, product: { id: string, productType: string, tags: Array<string>, collections: { nodes: Array<{ handle: string }> } } | null }> } } | null };

export type FindOrdersByNameQueryVariables = Exact<{
  query: string;
  after?: string | null | undefined;
}>;


export type FindOrdersByNameQuery = { orders: { pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string }> } };

export type OrderRefundContextQueryVariables = Exact<{
  id: string;
}>;


export type OrderRefundContextQuery = { order: { id: string, presentmentCurrencyCode: CurrencyCode, transactions: Array<{ id: string, kind: OrderTransactionKind, status: OrderTransactionStatus, gateway: string | null, maximumRefundableV2: { amount: string, currencyCode: CurrencyCode } | null }> } | null };

export type OrderNoteQueryVariables = Exact<{
  id: string;
}>;


export type OrderNoteQuery = { order: { id: string, note: string | null } | null };

export type GetReturnQueryVariables = Exact<{
  id: string;
}>;


export type GetReturnQuery = { return: { id: string, status: ReturnStatus, order: { id: string }, returnLineItems: { nodes: Array<
        | { id: string, quantity: number, refundableQuantity: number, fulfillmentLineItem: { lineItem: { id: string } } }
        | { id: string, quantity: number, refundableQuantity: number }
      > }, reverseFulfillmentOrders: { nodes: Array<{ lineItems: { nodes: Array<{ id: string, totalQuantity: number, fulfillmentLineItem: { lineItem: { id: string } } | null }> } }> } } | null };

export type ReturnReasonDefinitionsQueryVariables = Exact<{
  handles?: Array<string> | string | null | undefined;
}>;


export type ReturnReasonDefinitionsQuery = { returnReasonDefinitions: { nodes: Array<{ id: string, handle: string, name: string, deleted: boolean }> } };

export type GrantedScopesQueryVariables = Exact<{ [key: string]: never; }>;


export type GrantedScopesQuery = { currentAppInstallation: { accessScopes: Array<{ handle: string }> } };

export type DiscountByCodeQueryVariables = Exact<{
  code: string;
}>;


export type DiscountByCodeQuery = { codeDiscountNodeByCode: { id: string, codeDiscount:
      | { endsAt: string | null }
      | Record<PropertyKey, never>
     } | null };

export type ReturnRequestMutationVariables = Exact<{
  input: ReturnRequestInput;
}>;


export type ReturnRequestMutation = { returnRequest: { return: { id: string, status: ReturnStatus } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: ReturnErrorCode | null }> } | null };

export type ReturnApproveRequestMutationVariables = Exact<{
  input: ReturnApproveRequestInput;
}>;


export type ReturnApproveRequestMutation = { returnApproveRequest: { return: { id: string, status: ReturnStatus } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: ReturnErrorCode | null }> } | null };

export type ReturnDeclineRequestMutationVariables = Exact<{
  input: ReturnDeclineRequestInput;
}>;


export type ReturnDeclineRequestMutation = { returnDeclineRequest: { return: { id: string, status: ReturnStatus } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: ReturnErrorCode | null }> } | null };

export type ReturnProcessMutationVariables = Exact<{
  input: ReturnProcessInput;
}>;


export type ReturnProcessMutation = { returnProcess: { return: { id: string, status: ReturnStatus, refunds: { nodes: Array<{ id: string, createdAt: string | null, totalRefundedSet: { presentmentMoney: { amount: string, currencyCode: CurrencyCode } } }> } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: ReturnErrorCode | null }> } | null };

export type ReturnCancelMutationVariables = Exact<{
  id: string;
}>;


export type ReturnCancelMutation = { returnCancel: { return: { id: string, status: ReturnStatus } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: ReturnErrorCode | null }> } | null };

export type ReturnCloseMutationVariables = Exact<{
  id: string;
}>;


export type ReturnCloseMutation = { returnClose: { return: { id: string, status: ReturnStatus } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: ReturnErrorCode | null }> } | null };

export type ReturnReopenMutationVariables = Exact<{
  id: string;
}>;


export type ReturnReopenMutation = { returnReopen: { return: { id: string, status: ReturnStatus } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: ReturnErrorCode | null }> } | null };

export type RefundCreateMutationVariables = Exact<{
  input: RefundInput;
  idempotencyKey: string;
}>;


export type RefundCreateMutation = { refundCreate: { refund: { id: string, createdAt: string | null, totalRefundedSet: { presentmentMoney: { amount: string, currencyCode: CurrencyCode } } } | null, userErrors: Array<{ field: Array<string> | null, message: string }> } | null };

export type StoreCreditAccountCreditMutationVariables = Exact<{
  id: string;
  creditInput: StoreCreditAccountCreditInput;
}>;


export type StoreCreditAccountCreditMutation = { storeCreditAccountCredit: { storeCreditAccountTransaction: { id: string, amount: { amount: string, currencyCode: CurrencyCode }, balanceAfterTransaction: { amount: string, currencyCode: CurrencyCode } } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: StoreCreditAccountCreditUserErrorCode | null }> } | null };

export type DiscountCodeBasicCreateMutationVariables = Exact<{
  basicCodeDiscount: DiscountCodeBasicInput;
}>;


export type DiscountCodeBasicCreateMutation = { discountCodeBasicCreate: { codeDiscountNode: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string, code: DiscountErrorCode | null }> } | null };

export type OrderUpdateNoteMutationVariables = Exact<{
  input: OrderInput;
}>;


export type OrderUpdateNoteMutation = { orderUpdate: { order: { id: string } | null, userErrors: Array<{ field: Array<string> | null, message: string }> } | null };
