	.file "/work/wt/i11enc/tests/asm/testdata/386enc.s"
	.text
	.p2align 4, 0
	.globl main.enc
	.type main.enc, @function
main.enc:
.Lfn1:
.Lgoasm_5_1:
	movl %eax, %ebx
.Lgoasm_6_2:
	movl %ebx, %eax
.Lgoasm_7_3:
	movl %ecx, %edx
.Lgoasm_8_4:
	movl %edx, %ecx
.Lgoasm_9_5:
	movl %esp, %ebp
.Lgoasm_10_6:
	movl %ebp, %esp
.Lgoasm_11_7:
	movl %esi, %edi
.Lgoasm_12_8:
	movl %edi, %esi
.Lgoasm_13_9:
	movw %ax, %bx
.Lgoasm_14_10:
	movw %si, %di
.Lgoasm_15_11:
	movb %al, %bl
.Lgoasm_16_12:
	movb %cl, %dl
.Lgoasm_17_13:
	movb %ah, %ch
.Lgoasm_18_14:
	movb %dh, %bh
.Lgoasm_19_15:
	movb %bh, %al
.Lgoasm_20_16:
	movb %ch, %dl
.Lgoasm_22_17:
	movl (%ebx), %eax
.Lgoasm_23_18:
	movl 8(%ebx), %eax
.Lgoasm_24_19:
	movl -8(%ebp), %eax
.Lgoasm_25_20:
	movl (%ebp), %eax
.Lgoasm_26_21:
	movl 4096(%edi), %eax
.Lgoasm_27_22:
	movl -129(%esi), %eax
.Lgoasm_28_23:
	movl (%ebx,%esi,4), %eax
.Lgoasm_29_24:
	movl 16(%ebx,%esi,8), %eax
.Lgoasm_30_25:
	movl 8(%ebx,%esi,4), %eax
.Lgoasm_31_26:
	movl (%eax,%edx,2), %eax
.Lgoasm_32_27:
	movl (%ebp,%ecx,1), %eax
.Lgoasm_33_28:
	movl (%esp), %eax
.Lgoasm_34_29:
	movl 4(%esp), %eax
.Lgoasm_35_30:
	movl (%esp,%eax,1), %eax
.Lgoasm_36_31:
	movl sym(,1), %eax
.Lgoasm_37_32:
	movl sym+8(,1), %eax
.Lgoasm_38_33:
	movl sym(,%ecx,4), %eax
.Lgoasm_39_34:
	movl %ecx, (%ebx)
.Lgoasm_40_35:
	movl %ecx, 8(%ebx)
.Lgoasm_41_36:
	movl %ecx, -8(%ebp)
.Lgoasm_42_37:
	movl %ecx, (%ebp)
.Lgoasm_43_38:
	movl %ecx, 4096(%edi)
.Lgoasm_44_39:
	movl %ecx, -129(%esi)
.Lgoasm_45_40:
	movl %ecx, (%ebx,%esi,4)
.Lgoasm_46_41:
	movl %ecx, 16(%ebx,%esi,8)
.Lgoasm_47_42:
	movl %ecx, 8(%ebx,%esi,4)
.Lgoasm_48_43:
	movl %ecx, (%eax,%edx,2)
.Lgoasm_49_44:
	movl %ecx, (%ebp,%ecx,1)
.Lgoasm_50_45:
	movl %ecx, (%esp)
.Lgoasm_51_46:
	movl %ecx, 4(%esp)
.Lgoasm_52_47:
	movl %ecx, (%esp,%eax,1)
.Lgoasm_53_48:
	movl %ecx, sym(,1)
.Lgoasm_54_49:
	movl %ecx, sym+8(,1)
.Lgoasm_55_50:
	movl %ecx, sym(,%ecx,4)
.Lgoasm_56_51:
	movl sym(,1), %edx
.Lgoasm_57_52:
	movl %edx, sym+8(,1)
.Lgoasm_58_53:
	movl %eax, sym(,1)
.Lgoasm_59_54:
	movl %eax, sym+8(,1)
.Lgoasm_60_55:
	movw %ax, sym+8(,1)
.Lgoasm_61_56:
	movb %al, sym(,1)
.Lgoasm_63_57:
	xorl %eax, %eax
.Lgoasm_64_58:
	movl $1, %eax
.Lgoasm_65_59:
	movl $-1, %eax
.Lgoasm_66_60:
	movl $127, %eax
.Lgoasm_67_61:
	movl $128, %eax
.Lgoasm_68_62:
	movl $-129, %eax
.Lgoasm_69_63:
	movl $2147483647, %eax
.Lgoasm_70_64:
	movl $-2147483648, %eax
.Lgoasm_71_65:
	movl $4294967295, %eax
.Lgoasm_72_66:
	movl $16, %edi
.Lgoasm_73_67:
	movl $13, %edi
.Lgoasm_74_68:
	movl $-8, %edi
.Lgoasm_75_69:
	movl $97, %edi
.Lgoasm_76_70:
	movl $305419896, %ebp
.Lgoasm_77_71:
	movl $1, (%ebx)
.Lgoasm_78_72:
	movl $-1, 8(%ebx)
.Lgoasm_79_73:
	movl $305419896, 16(%ebx,%esi,8)
.Lgoasm_80_74:
	movl $7, 4(%esp)
.Lgoasm_81_75:
	movl $7, sym(,1)
.Lgoasm_82_76:
	movl $sym, %eax
.Lgoasm_83_77:
	movl $sym+8, %ecx
.Lgoasm_85_78:
	movw (%ebx), %ax
.Lgoasm_86_79:
	movw %dx, (%ebx)
.Lgoasm_87_80:
	movw -8(%ebp), %ax
.Lgoasm_88_81:
	movw %dx, -8(%ebp)
.Lgoasm_89_82:
	movw (%ebx,%esi,4), %ax
.Lgoasm_90_83:
	movw %dx, (%ebx,%esi,4)
.Lgoasm_91_84:
	movw sym(,1), %ax
.Lgoasm_92_85:
	movw %dx, sym(,1)
.Lgoasm_93_86:
	movw $4660, %ax
.Lgoasm_94_87:
	movw $-1, %si
.Lgoasm_95_88:
	movw $65535, (%ebx)
.Lgoasm_96_89:
	movw $16, 8(%ebx)
.Lgoasm_97_90:
	movb (%ebx), %al
.Lgoasm_98_91:
	movb %bh, (%ebx)
.Lgoasm_99_92:
	movb -8(%ebp), %al
.Lgoasm_100_93:
	movb %bh, -8(%ebp)
.Lgoasm_101_94:
	movb 16(%ebx,%esi,8), %al
.Lgoasm_102_95:
	movb %bh, 16(%ebx,%esi,8)
.Lgoasm_103_96:
	movb (%esp), %al
.Lgoasm_104_97:
	movb %bh, (%esp)
.Lgoasm_105_98:
	movb sym+8(,1), %al
.Lgoasm_106_99:
	movb %bh, sym+8(,1)
.Lgoasm_107_100:
	movb $0, %al
.Lgoasm_108_101:
	movb $-1, %ch
.Lgoasm_109_102:
	movb $127, %dl
.Lgoasm_110_103:
	movb $128, %bl
.Lgoasm_111_104:
	movb $97, %ah
.Lgoasm_112_105:
	movb $255, (%ebx)
.Lgoasm_113_106:
	movb $-8, 8(%ebx,%esi,4)
.Lgoasm_115_107:
	movzbl %al, %eax
.Lgoasm_116_108:
	movzbl %bh, %ecx
.Lgoasm_117_109:
	movzbl (%ebx), %edx
.Lgoasm_118_110:
	movzbl 8(%ebx,%esi,4), %esi
.Lgoasm_119_111:
	movzbl sym(,1), %edi
.Lgoasm_120_112:
	movsbl %al, %eax
.Lgoasm_121_113:
	movsbl %bh, %ecx
.Lgoasm_122_114:
	movsbl (%ebx), %edx
.Lgoasm_123_115:
	movsbl 8(%ebx,%esi,4), %esi
.Lgoasm_124_116:
	movsbl sym(,1), %edi
.Lgoasm_125_117:
	movzwl %ax, %eax
.Lgoasm_126_118:
	movzwl %bp, %ecx
.Lgoasm_127_119:
	movzwl -8(%ebp), %edx
.Lgoasm_128_120:
	movzwl (%esp,%eax,1), %ebx
.Lgoasm_129_121:
	movswl %ax, %eax
.Lgoasm_130_122:
	movswl %bp, %ecx
.Lgoasm_131_123:
	movswl -8(%ebp), %edx
.Lgoasm_132_124:
	movswl (%esp,%eax,1), %ebx
.Lgoasm_134_125:
	leal (%ebx), %eax
.Lgoasm_135_126:
	leal 8(%ebx), %eax
.Lgoasm_136_127:
	leal -8(%ebp), %eax
.Lgoasm_137_128:
	leal (%ebx,%esi,4), %eax
.Lgoasm_138_129:
	leal 16(%ebx,%esi,8), %eax
.Lgoasm_139_130:
	leal (%esp), %eax
.Lgoasm_140_131:
	leal 4(%esp), %eax
.Lgoasm_141_132:
	leal (%esp,%eax,1), %eax
.Lgoasm_142_133:
	leal sym(,1), %eax
.Lgoasm_143_134:
	leal sym+8(,1), %eax
.Lgoasm_144_135:
	leal sym(,%ecx,4), %eax
.Lgoasm_145_136:
	leal -129(%esi), %eax
.Lgoasm_146_137:
	leal (%eax,%eax,2), %ecx
.Lgoasm_147_138:
	leal 1(%edx,%edx,8), %edx
.Lgoasm_149_139:
	addl %ebx, %eax
.Lgoasm_150_140:
	addl %eax, %ebx
.Lgoasm_151_141:
	addl %esi, %edi
.Lgoasm_152_142:
	addl (%ebx), %edx
.Lgoasm_153_143:
	addl %edx, (%ebx)
.Lgoasm_154_144:
	addl 8(%ebx,%esi,4), %edx
.Lgoasm_155_145:
	addl %edx, 8(%ebx,%esi,4)
.Lgoasm_156_146:
	addl sym(,1), %edx
.Lgoasm_157_147:
	addl %edx, sym(,1)
.Lgoasm_158_148:
	addl $1, %eax
.Lgoasm_159_149:
	addl $128, %eax
.Lgoasm_160_150:
	addl $1, %ebx
.Lgoasm_161_151:
	addl $-129, %ebx
.Lgoasm_162_152:
	addl $2147483647, %ebx
.Lgoasm_163_153:
	addl $1, (%ebx)
.Lgoasm_164_154:
	addl $-1, 8(%ebx)
.Lgoasm_165_155:
	addl $305419896, 16(%ebx,%esi,8)
.Lgoasm_166_156:
	addl $128, sym(,1)
.Lgoasm_167_157:
	addw %bx, %ax
.Lgoasm_168_158:
	addw (%ebx), %dx
.Lgoasm_169_159:
	addw %dx, (%ebx)
.Lgoasm_170_160:
	addw -8(%ebp), %dx
.Lgoasm_171_161:
	addw %dx, -8(%ebp)
.Lgoasm_172_162:
	addw $1, %ax
.Lgoasm_173_163:
	addw $4660, %ax
.Lgoasm_174_164:
	addw $-1, %bx
.Lgoasm_175_165:
	addw $4660, %bx
.Lgoasm_176_166:
	addw $1, (%ebx)
.Lgoasm_177_167:
	addw $4660, -8(%ebp)
.Lgoasm_178_168:
	addb %bl, %al
.Lgoasm_179_169:
	addb %ah, %cl
.Lgoasm_180_170:
	addb (%ebx), %dl
.Lgoasm_181_171:
	addb %dl, (%ebx)
.Lgoasm_182_172:
	addb -8(%ebp), %dl
.Lgoasm_183_173:
	addb %dl, -8(%ebp)
.Lgoasm_184_174:
	addb $1, %al
.Lgoasm_185_175:
	addb $-1, %al
.Lgoasm_186_176:
	addb $127, %bl
.Lgoasm_187_177:
	addb $128, %ch
.Lgoasm_188_178:
	addb $1, (%ebx)
.Lgoasm_189_179:
	addb $255, 8(%ebx,%esi,4)
.Lgoasm_191_180:
	subl %ebx, %eax
.Lgoasm_192_181:
	subl %eax, %ebx
.Lgoasm_193_182:
	subl %esi, %edi
.Lgoasm_194_183:
	subl (%ebx), %edx
.Lgoasm_195_184:
	subl %edx, (%ebx)
.Lgoasm_196_185:
	subl 8(%ebx,%esi,4), %edx
.Lgoasm_197_186:
	subl %edx, 8(%ebx,%esi,4)
.Lgoasm_198_187:
	subl sym(,1), %edx
.Lgoasm_199_188:
	subl %edx, sym(,1)
.Lgoasm_200_189:
	subl $1, %eax
.Lgoasm_201_190:
	subl $128, %eax
.Lgoasm_202_191:
	subl $1, %ebx
.Lgoasm_203_192:
	subl $-129, %ebx
.Lgoasm_204_193:
	subl $2147483647, %ebx
.Lgoasm_205_194:
	subl $1, (%ebx)
.Lgoasm_206_195:
	subl $-1, 8(%ebx)
.Lgoasm_207_196:
	subl $305419896, 16(%ebx,%esi,8)
.Lgoasm_208_197:
	subl $128, sym(,1)
.Lgoasm_209_198:
	subw %bx, %ax
.Lgoasm_210_199:
	subw (%ebx), %dx
.Lgoasm_211_200:
	subw %dx, (%ebx)
.Lgoasm_212_201:
	subw -8(%ebp), %dx
.Lgoasm_213_202:
	subw %dx, -8(%ebp)
.Lgoasm_214_203:
	subw $1, %ax
.Lgoasm_215_204:
	subw $4660, %ax
.Lgoasm_216_205:
	subw $-1, %bx
.Lgoasm_217_206:
	subw $4660, %bx
.Lgoasm_218_207:
	subw $1, (%ebx)
.Lgoasm_219_208:
	subw $4660, -8(%ebp)
.Lgoasm_220_209:
	subb %bl, %al
.Lgoasm_221_210:
	subb %ah, %cl
.Lgoasm_222_211:
	subb (%ebx), %dl
.Lgoasm_223_212:
	subb %dl, (%ebx)
.Lgoasm_224_213:
	subb -8(%ebp), %dl
.Lgoasm_225_214:
	subb %dl, -8(%ebp)
.Lgoasm_226_215:
	subb $1, %al
.Lgoasm_227_216:
	subb $-1, %al
.Lgoasm_228_217:
	subb $127, %bl
.Lgoasm_229_218:
	subb $128, %ch
.Lgoasm_230_219:
	subb $1, (%ebx)
.Lgoasm_231_220:
	subb $255, 8(%ebx,%esi,4)
.Lgoasm_233_221:
	andl %ebx, %eax
.Lgoasm_234_222:
	andl %eax, %ebx
.Lgoasm_235_223:
	andl %esi, %edi
.Lgoasm_236_224:
	andl (%ebx), %edx
.Lgoasm_237_225:
	andl %edx, (%ebx)
.Lgoasm_238_226:
	andl 8(%ebx,%esi,4), %edx
.Lgoasm_239_227:
	andl %edx, 8(%ebx,%esi,4)
.Lgoasm_240_228:
	andl sym(,1), %edx
.Lgoasm_241_229:
	andl %edx, sym(,1)
.Lgoasm_242_230:
	andl $1, %eax
.Lgoasm_243_231:
	andl $128, %eax
.Lgoasm_244_232:
	andl $1, %ebx
.Lgoasm_245_233:
	andl $-129, %ebx
.Lgoasm_246_234:
	andl $2147483647, %ebx
.Lgoasm_247_235:
	andl $1, (%ebx)
.Lgoasm_248_236:
	andl $-1, 8(%ebx)
.Lgoasm_249_237:
	andl $305419896, 16(%ebx,%esi,8)
.Lgoasm_250_238:
	andl $128, sym(,1)
.Lgoasm_251_239:
	andw %bx, %ax
.Lgoasm_252_240:
	andw (%ebx), %dx
.Lgoasm_253_241:
	andw %dx, (%ebx)
.Lgoasm_254_242:
	andw -8(%ebp), %dx
.Lgoasm_255_243:
	andw %dx, -8(%ebp)
.Lgoasm_256_244:
	andw $1, %ax
.Lgoasm_257_245:
	andw $4660, %ax
.Lgoasm_258_246:
	andw $-1, %bx
.Lgoasm_259_247:
	andw $4660, %bx
.Lgoasm_260_248:
	andw $1, (%ebx)
.Lgoasm_261_249:
	andw $4660, -8(%ebp)
.Lgoasm_262_250:
	andb %bl, %al
.Lgoasm_263_251:
	andb %ah, %cl
.Lgoasm_264_252:
	andb (%ebx), %dl
.Lgoasm_265_253:
	andb %dl, (%ebx)
.Lgoasm_266_254:
	andb -8(%ebp), %dl
.Lgoasm_267_255:
	andb %dl, -8(%ebp)
.Lgoasm_268_256:
	andb $1, %al
.Lgoasm_269_257:
	andb $-1, %al
.Lgoasm_270_258:
	andb $127, %bl
.Lgoasm_271_259:
	andb $128, %ch
.Lgoasm_272_260:
	andb $1, (%ebx)
.Lgoasm_273_261:
	andb $255, 8(%ebx,%esi,4)
.Lgoasm_275_262:
	orl %ebx, %eax
.Lgoasm_276_263:
	orl %eax, %ebx
.Lgoasm_277_264:
	orl %esi, %edi
.Lgoasm_278_265:
	orl (%ebx), %edx
.Lgoasm_279_266:
	orl %edx, (%ebx)
.Lgoasm_280_267:
	orl 8(%ebx,%esi,4), %edx
.Lgoasm_281_268:
	orl %edx, 8(%ebx,%esi,4)
.Lgoasm_282_269:
	orl sym(,1), %edx
.Lgoasm_283_270:
	orl %edx, sym(,1)
.Lgoasm_284_271:
	orl $1, %eax
.Lgoasm_285_272:
	orl $128, %eax
.Lgoasm_286_273:
	orl $1, %ebx
.Lgoasm_287_274:
	orl $-129, %ebx
.Lgoasm_288_275:
	orl $2147483647, %ebx
.Lgoasm_289_276:
	orl $1, (%ebx)
.Lgoasm_290_277:
	orl $-1, 8(%ebx)
.Lgoasm_291_278:
	orl $305419896, 16(%ebx,%esi,8)
.Lgoasm_292_279:
	orl $128, sym(,1)
.Lgoasm_293_280:
	orw %bx, %ax
.Lgoasm_294_281:
	orw (%ebx), %dx
.Lgoasm_295_282:
	orw %dx, (%ebx)
.Lgoasm_296_283:
	orw -8(%ebp), %dx
.Lgoasm_297_284:
	orw %dx, -8(%ebp)
.Lgoasm_298_285:
	orw $1, %ax
.Lgoasm_299_286:
	orw $4660, %ax
.Lgoasm_300_287:
	orw $-1, %bx
.Lgoasm_301_288:
	orw $4660, %bx
.Lgoasm_302_289:
	orw $1, (%ebx)
.Lgoasm_303_290:
	orw $4660, -8(%ebp)
.Lgoasm_304_291:
	orb %bl, %al
.Lgoasm_305_292:
	orb %ah, %cl
.Lgoasm_306_293:
	orb (%ebx), %dl
.Lgoasm_307_294:
	orb %dl, (%ebx)
.Lgoasm_308_295:
	orb -8(%ebp), %dl
.Lgoasm_309_296:
	orb %dl, -8(%ebp)
.Lgoasm_310_297:
	orb $1, %al
.Lgoasm_311_298:
	orb $-1, %al
.Lgoasm_312_299:
	orb $127, %bl
.Lgoasm_313_300:
	orb $128, %ch
.Lgoasm_314_301:
	orb $1, (%ebx)
.Lgoasm_315_302:
	orb $255, 8(%ebx,%esi,4)
.Lgoasm_317_303:
	xorl %ebx, %eax
.Lgoasm_318_304:
	xorl %eax, %ebx
.Lgoasm_319_305:
	xorl %esi, %edi
.Lgoasm_320_306:
	xorl (%ebx), %edx
.Lgoasm_321_307:
	xorl %edx, (%ebx)
.Lgoasm_322_308:
	xorl 8(%ebx,%esi,4), %edx
.Lgoasm_323_309:
	xorl %edx, 8(%ebx,%esi,4)
.Lgoasm_324_310:
	xorl sym(,1), %edx
.Lgoasm_325_311:
	xorl %edx, sym(,1)
.Lgoasm_326_312:
	xorl $1, %eax
.Lgoasm_327_313:
	xorl $128, %eax
.Lgoasm_328_314:
	xorl $1, %ebx
.Lgoasm_329_315:
	xorl $-129, %ebx
.Lgoasm_330_316:
	xorl $2147483647, %ebx
.Lgoasm_331_317:
	xorl $1, (%ebx)
.Lgoasm_332_318:
	xorl $-1, 8(%ebx)
.Lgoasm_333_319:
	xorl $305419896, 16(%ebx,%esi,8)
.Lgoasm_334_320:
	xorl $128, sym(,1)
.Lgoasm_335_321:
	xorw %bx, %ax
.Lgoasm_336_322:
	xorw (%ebx), %dx
.Lgoasm_337_323:
	xorw %dx, (%ebx)
.Lgoasm_338_324:
	xorw -8(%ebp), %dx
.Lgoasm_339_325:
	xorw %dx, -8(%ebp)
.Lgoasm_340_326:
	xorw $1, %ax
.Lgoasm_341_327:
	xorw $4660, %ax
.Lgoasm_342_328:
	xorw $-1, %bx
.Lgoasm_343_329:
	xorw $4660, %bx
.Lgoasm_344_330:
	xorw $1, (%ebx)
.Lgoasm_345_331:
	xorw $4660, -8(%ebp)
.Lgoasm_346_332:
	xorb %bl, %al
.Lgoasm_347_333:
	xorb %ah, %cl
.Lgoasm_348_334:
	xorb (%ebx), %dl
.Lgoasm_349_335:
	xorb %dl, (%ebx)
.Lgoasm_350_336:
	xorb -8(%ebp), %dl
.Lgoasm_351_337:
	xorb %dl, -8(%ebp)
.Lgoasm_352_338:
	xorb $1, %al
.Lgoasm_353_339:
	xorb $-1, %al
.Lgoasm_354_340:
	xorb $127, %bl
.Lgoasm_355_341:
	xorb $128, %ch
.Lgoasm_356_342:
	xorb $1, (%ebx)
.Lgoasm_357_343:
	xorb $255, 8(%ebx,%esi,4)
.Lgoasm_359_344:
	adcl %ebx, %eax
.Lgoasm_360_345:
	adcl %eax, %ebx
.Lgoasm_361_346:
	adcl %esi, %edi
.Lgoasm_362_347:
	adcl (%ebx), %edx
.Lgoasm_363_348:
	adcl %edx, (%ebx)
.Lgoasm_364_349:
	adcl 8(%ebx,%esi,4), %edx
.Lgoasm_365_350:
	adcl %edx, 8(%ebx,%esi,4)
.Lgoasm_366_351:
	adcl sym(,1), %edx
.Lgoasm_367_352:
	adcl %edx, sym(,1)
.Lgoasm_368_353:
	adcl $1, %eax
.Lgoasm_369_354:
	adcl $128, %eax
.Lgoasm_370_355:
	adcl $1, %ebx
.Lgoasm_371_356:
	adcl $-129, %ebx
.Lgoasm_372_357:
	adcl $2147483647, %ebx
.Lgoasm_373_358:
	adcl $1, (%ebx)
.Lgoasm_374_359:
	adcl $-1, 8(%ebx)
.Lgoasm_375_360:
	adcl $305419896, 16(%ebx,%esi,8)
.Lgoasm_376_361:
	adcl $128, sym(,1)
.Lgoasm_377_362:
	adcw %bx, %ax
.Lgoasm_378_363:
	adcw (%ebx), %dx
.Lgoasm_379_364:
	adcw %dx, (%ebx)
.Lgoasm_380_365:
	adcw -8(%ebp), %dx
.Lgoasm_381_366:
	adcw %dx, -8(%ebp)
.Lgoasm_382_367:
	adcw $1, %ax
.Lgoasm_383_368:
	adcw $4660, %ax
.Lgoasm_384_369:
	adcw $-1, %bx
.Lgoasm_385_370:
	adcw $4660, %bx
.Lgoasm_386_371:
	adcw $1, (%ebx)
.Lgoasm_387_372:
	adcw $4660, -8(%ebp)
.Lgoasm_388_373:
	adcb %bl, %al
.Lgoasm_389_374:
	adcb %ah, %cl
.Lgoasm_390_375:
	adcb (%ebx), %dl
.Lgoasm_391_376:
	adcb %dl, (%ebx)
.Lgoasm_392_377:
	adcb -8(%ebp), %dl
.Lgoasm_393_378:
	adcb %dl, -8(%ebp)
.Lgoasm_394_379:
	adcb $1, %al
.Lgoasm_395_380:
	adcb $-1, %al
.Lgoasm_396_381:
	adcb $127, %bl
.Lgoasm_397_382:
	adcb $128, %ch
.Lgoasm_398_383:
	adcb $1, (%ebx)
.Lgoasm_399_384:
	adcb $255, 8(%ebx,%esi,4)
.Lgoasm_401_385:
	sbbl %ebx, %eax
.Lgoasm_402_386:
	sbbl %eax, %ebx
.Lgoasm_403_387:
	sbbl %esi, %edi
.Lgoasm_404_388:
	sbbl (%ebx), %edx
.Lgoasm_405_389:
	sbbl %edx, (%ebx)
.Lgoasm_406_390:
	sbbl 8(%ebx,%esi,4), %edx
.Lgoasm_407_391:
	sbbl %edx, 8(%ebx,%esi,4)
.Lgoasm_408_392:
	sbbl sym(,1), %edx
.Lgoasm_409_393:
	sbbl %edx, sym(,1)
.Lgoasm_410_394:
	sbbl $1, %eax
.Lgoasm_411_395:
	sbbl $128, %eax
.Lgoasm_412_396:
	sbbl $1, %ebx
.Lgoasm_413_397:
	sbbl $-129, %ebx
.Lgoasm_414_398:
	sbbl $2147483647, %ebx
.Lgoasm_415_399:
	sbbl $1, (%ebx)
.Lgoasm_416_400:
	sbbl $-1, 8(%ebx)
.Lgoasm_417_401:
	sbbl $305419896, 16(%ebx,%esi,8)
.Lgoasm_418_402:
	sbbl $128, sym(,1)
.Lgoasm_419_403:
	sbbw %bx, %ax
.Lgoasm_420_404:
	sbbw (%ebx), %dx
.Lgoasm_421_405:
	sbbw %dx, (%ebx)
.Lgoasm_422_406:
	sbbw -8(%ebp), %dx
.Lgoasm_423_407:
	sbbw %dx, -8(%ebp)
.Lgoasm_424_408:
	sbbw $1, %ax
.Lgoasm_425_409:
	sbbw $4660, %ax
.Lgoasm_426_410:
	sbbw $-1, %bx
.Lgoasm_427_411:
	sbbw $4660, %bx
.Lgoasm_428_412:
	sbbw $1, (%ebx)
.Lgoasm_429_413:
	sbbw $4660, -8(%ebp)
.Lgoasm_430_414:
	sbbb %bl, %al
.Lgoasm_431_415:
	sbbb %ah, %cl
.Lgoasm_432_416:
	sbbb (%ebx), %dl
.Lgoasm_433_417:
	sbbb %dl, (%ebx)
.Lgoasm_434_418:
	sbbb -8(%ebp), %dl
.Lgoasm_435_419:
	sbbb %dl, -8(%ebp)
.Lgoasm_436_420:
	sbbb $1, %al
.Lgoasm_437_421:
	sbbb $-1, %al
.Lgoasm_438_422:
	sbbb $127, %bl
.Lgoasm_439_423:
	sbbb $128, %ch
.Lgoasm_440_424:
	sbbb $1, (%ebx)
.Lgoasm_441_425:
	sbbb $255, 8(%ebx,%esi,4)
.Lgoasm_443_426:
	cmpl %eax, %ebx
.Lgoasm_444_427:
	cmpl %ebx, %eax
.Lgoasm_445_428:
	cmpl %edi, %esi
.Lgoasm_446_429:
	cmpl (%ebx), %edx
.Lgoasm_447_430:
	cmpl %edx, (%ebx)
.Lgoasm_448_431:
	cmpl 8(%ebx,%esi,4), %edx
.Lgoasm_449_432:
	cmpl %edx, 8(%ebx,%esi,4)
.Lgoasm_450_433:
	cmpl sym(,1), %edx
.Lgoasm_451_434:
	cmpl %edx, sym(,1)
.Lgoasm_452_435:
	cmpl $1, %eax
.Lgoasm_453_436:
	cmpl $128, %eax
.Lgoasm_454_437:
	cmpl $1, %ebx
.Lgoasm_455_438:
	cmpl $-129, %ebx
.Lgoasm_456_439:
	cmpl $2147483647, %ebx
.Lgoasm_457_440:
	cmpl $1, (%ebx)
.Lgoasm_458_441:
	cmpl $-1, 8(%ebx)
.Lgoasm_459_442:
	cmpl $305419896, 16(%ebx,%esi,8)
.Lgoasm_460_443:
	cmpl $128, sym(,1)
.Lgoasm_461_444:
	cmpw %ax, %bx
.Lgoasm_462_445:
	cmpw (%ebx), %dx
.Lgoasm_463_446:
	cmpw %dx, (%ebx)
.Lgoasm_464_447:
	cmpw -8(%ebp), %dx
.Lgoasm_465_448:
	cmpw %dx, -8(%ebp)
.Lgoasm_466_449:
	cmpw $1, %ax
.Lgoasm_467_450:
	cmpw $4660, %ax
.Lgoasm_468_451:
	cmpw $-1, %bx
.Lgoasm_469_452:
	cmpw $4660, %bx
.Lgoasm_470_453:
	cmpw $1, (%ebx)
.Lgoasm_471_454:
	cmpw $4660, -8(%ebp)
.Lgoasm_472_455:
	cmpb %al, %bl
.Lgoasm_473_456:
	cmpb %cl, %ah
.Lgoasm_474_457:
	cmpb (%ebx), %dl
.Lgoasm_475_458:
	cmpb %dl, (%ebx)
.Lgoasm_476_459:
	cmpb -8(%ebp), %dl
.Lgoasm_477_460:
	cmpb %dl, -8(%ebp)
.Lgoasm_478_461:
	cmpb $1, %al
.Lgoasm_479_462:
	cmpb $-1, %al
.Lgoasm_480_463:
	cmpb $127, %bl
.Lgoasm_481_464:
	cmpb $128, %ch
.Lgoasm_482_465:
	cmpb $1, (%ebx)
.Lgoasm_483_466:
	cmpb $255, 8(%ebx,%esi,4)
.Lgoasm_485_467:
	addl $0, %ecx
.Lgoasm_486_468:
	addl $1, %ecx
.Lgoasm_487_469:
	addl $-1, %ecx
.Lgoasm_488_470:
	addl $127, %ecx
.Lgoasm_489_471:
	addl $128, %ecx
.Lgoasm_490_472:
	addl $-129, %ecx
.Lgoasm_491_473:
	addl $2147483647, %ecx
.Lgoasm_492_474:
	addl $-2147483648, %ecx
.Lgoasm_493_475:
	addl $4294967295, %ecx
.Lgoasm_494_476:
	andl $0, %eax
.Lgoasm_495_477:
	andl $1, %eax
.Lgoasm_496_478:
	andl $-1, %eax
.Lgoasm_497_479:
	andl $127, %eax
.Lgoasm_498_480:
	andl $128, %eax
.Lgoasm_499_481:
	andl $-129, %eax
.Lgoasm_500_482:
	andl $2147483647, %eax
.Lgoasm_501_483:
	andl $-2147483648, %eax
.Lgoasm_502_484:
	andl $4294967295, %eax
.Lgoasm_503_485:
	cmpl $0, %esi
.Lgoasm_504_486:
	cmpl $1, %esi
.Lgoasm_505_487:
	cmpl $-1, %esi
.Lgoasm_506_488:
	cmpl $127, %esi
.Lgoasm_507_489:
	cmpl $128, %esi
.Lgoasm_508_490:
	cmpl $-129, %esi
.Lgoasm_509_491:
	cmpl $2147483647, %esi
.Lgoasm_510_492:
	cmpl $-2147483648, %esi
.Lgoasm_511_493:
	cmpl $4294967295, %esi
.Lgoasm_512_494:
	orl $16, %edx
.Lgoasm_513_495:
	subl $16, %eax
.Lgoasm_514_496:
	orl $13, %edx
.Lgoasm_515_497:
	subl $13, %eax
.Lgoasm_516_498:
	orl $-8, %edx
.Lgoasm_517_499:
	subl $-8, %eax
.Lgoasm_518_500:
	orl $97, %edx
.Lgoasm_519_501:
	subl $97, %eax
.Lgoasm_521_502:
	testl %eax, %ebx
.Lgoasm_522_503:
	testl %esi, %esi
.Lgoasm_523_504:
	testl %ecx, (%ebx)
.Lgoasm_524_505:
	testl %edx, 8(%ebx,%esi,4)
.Lgoasm_525_506:
	testl $1, %eax
.Lgoasm_526_507:
	testl $2147483648, %eax
.Lgoasm_527_508:
	testl $1, %ebx
.Lgoasm_528_509:
	testl $-1, %edi
.Lgoasm_529_510:
	testl $256, (%ebx)
.Lgoasm_530_511:
	testl $1, sym(,1)
.Lgoasm_531_512:
	testw %ax, %bx
.Lgoasm_532_513:
	testw $4660, %ax
.Lgoasm_533_514:
	testw $1, %cx
.Lgoasm_534_515:
	testw $1, -8(%ebp)
.Lgoasm_535_516:
	testb %al, %bl
.Lgoasm_536_517:
	testb %ah, %ah
.Lgoasm_537_518:
	testb $1, %al
.Lgoasm_538_519:
	testb $128, %dh
.Lgoasm_539_520:
	testb $1, (%ebx)
.Lgoasm_540_521:
	testb %cl, 16(%ebx,%esi,8)
.Lgoasm_542_522:
	incl %eax
.Lgoasm_543_523:
	incl %edi
.Lgoasm_544_524:
	incl (%ebx)
.Lgoasm_545_525:
	incl sym(,1)
.Lgoasm_546_526:
	.byte 0x66, 0xff, 0xc1
.Lgoasm_547_527:
	incw 8(%ebx)
.Lgoasm_548_528:
	incb %al
.Lgoasm_549_529:
	incb %bh
.Lgoasm_550_530:
	incb (%ebx,%esi,4)
.Lgoasm_551_531:
	decl %eax
.Lgoasm_552_532:
	decl %edi
.Lgoasm_553_533:
	decl (%ebx)
.Lgoasm_554_534:
	decl sym(,1)
.Lgoasm_555_535:
	.byte 0x66, 0xff, 0xc9
.Lgoasm_556_536:
	decw 8(%ebx)
.Lgoasm_557_537:
	decb %al
.Lgoasm_558_538:
	decb %bh
.Lgoasm_559_539:
	decb (%ebx,%esi,4)
.Lgoasm_560_540:
	negl %eax
.Lgoasm_561_541:
	xchgl %ebx, %edi
	negl %ebx
	xchgl %ebx, %edi
.Lgoasm_562_542:
	negl (%ebx)
.Lgoasm_563_543:
	negl sym(,1)
.Lgoasm_564_544:
	negw %cx
.Lgoasm_565_545:
	negw 8(%ebx)
.Lgoasm_566_546:
	negb %al
.Lgoasm_567_547:
	negb %bh
.Lgoasm_568_548:
	negb (%ebx,%esi,4)
.Lgoasm_569_549:
	notl %eax
.Lgoasm_570_550:
	xchgl %ebx, %edi
	notl %ebx
	xchgl %ebx, %edi
.Lgoasm_571_551:
	notl (%ebx)
.Lgoasm_572_552:
	notl sym(,1)
.Lgoasm_573_553:
	notw %cx
.Lgoasm_574_554:
	notw 8(%ebx)
.Lgoasm_575_555:
	notb %al
.Lgoasm_576_556:
	notb %bh
.Lgoasm_577_557:
	notb (%ebx,%esi,4)
.Lgoasm_579_558:
	imull %ecx
.Lgoasm_580_559:
	imull (%ebx)
.Lgoasm_581_560:
	imull %ecx, %eax
.Lgoasm_582_561:
	imull %esi, %edi
.Lgoasm_583_562:
	imull 8(%ebx), %eax
.Lgoasm_584_563:
	imull $7, %eax
.Lgoasm_585_564:
	imull $300, %edx
.Lgoasm_586_565:
	imull $7, %ecx, %eax
.Lgoasm_587_566:
	imull $-1, %ebx, %ebx
.Lgoasm_588_567:
	imull $300, (%ebx), %eax
.Lgoasm_589_568:
	imull $305419896, 8(%ebx,%esi,4), %edi
.Lgoasm_590_569:
	imulw %cx, %ax
.Lgoasm_591_570:
	imulb %cl
.Lgoasm_592_571:
	mull %ecx
.Lgoasm_593_572:
	mull (%ebx)
.Lgoasm_594_573:
	mull sym(,1)
.Lgoasm_595_574:
	mulb %bl
.Lgoasm_596_575:
	mulw %cx
.Lgoasm_597_576:
	divl %ecx
.Lgoasm_598_577:
	divl 8(%ebx)
.Lgoasm_599_578:
	divb %cl
.Lgoasm_600_579:
	divw %bx
.Lgoasm_601_580:
	idivl %ecx
.Lgoasm_602_581:
	idivl -8(%ebp)
.Lgoasm_603_582:
	idivb %dh
.Lgoasm_604_583:
	idivw %si
.Lgoasm_605_584:
	cltd
.Lgoasm_607_585:
	shll $1, %eax
.Lgoasm_608_586:
	shll $3, %ebx
.Lgoasm_609_587:
	shll $31, %esi
.Lgoasm_610_588:
	shll %cl, %edx
.Lgoasm_611_589:
	shll $1, (%ebx)
.Lgoasm_612_590:
	shll $4, 8(%ebx,%esi,4)
.Lgoasm_613_591:
	shll %cl, -8(%ebp)
.Lgoasm_614_592:
	shlw $1, %ax
.Lgoasm_615_593:
	shlw $5, %di
.Lgoasm_616_594:
	shlw %cl, %bx
.Lgoasm_617_595:
	shlb $1, %al
.Lgoasm_618_596:
	shlb $2, %ah
.Lgoasm_619_597:
	shlb %cl, %bl
.Lgoasm_620_598:
	shlb $7, (%ebx)
.Lgoasm_622_599:
	shrl $1, %eax
.Lgoasm_623_600:
	shrl $3, %ebx
.Lgoasm_624_601:
	shrl $31, %esi
.Lgoasm_625_602:
	shrl %cl, %edx
.Lgoasm_626_603:
	shrl $1, (%ebx)
.Lgoasm_627_604:
	shrl $4, 8(%ebx,%esi,4)
.Lgoasm_628_605:
	shrl %cl, -8(%ebp)
.Lgoasm_629_606:
	shrw $1, %ax
.Lgoasm_630_607:
	shrw $5, %di
.Lgoasm_631_608:
	shrw %cl, %bx
.Lgoasm_632_609:
	shrb $1, %al
.Lgoasm_633_610:
	shrb $2, %ah
.Lgoasm_634_611:
	shrb %cl, %bl
.Lgoasm_635_612:
	shrb $7, (%ebx)
.Lgoasm_637_613:
	sarl $1, %eax
.Lgoasm_638_614:
	sarl $3, %ebx
.Lgoasm_639_615:
	sarl $31, %esi
.Lgoasm_640_616:
	sarl %cl, %edx
.Lgoasm_641_617:
	sarl $1, (%ebx)
.Lgoasm_642_618:
	sarl $4, 8(%ebx,%esi,4)
.Lgoasm_643_619:
	sarl %cl, -8(%ebp)
.Lgoasm_644_620:
	sarw $1, %ax
.Lgoasm_645_621:
	sarw $5, %di
.Lgoasm_646_622:
	sarw %cl, %bx
.Lgoasm_647_623:
	sarb $1, %al
.Lgoasm_648_624:
	sarb $2, %ah
.Lgoasm_649_625:
	sarb %cl, %bl
.Lgoasm_650_626:
	sarb $7, (%ebx)
.Lgoasm_652_627:
	roll $1, %eax
.Lgoasm_653_628:
	roll $3, %ebx
.Lgoasm_654_629:
	roll $31, %esi
.Lgoasm_655_630:
	roll %cl, %edx
.Lgoasm_656_631:
	roll $1, (%ebx)
.Lgoasm_657_632:
	roll $4, 8(%ebx,%esi,4)
.Lgoasm_658_633:
	roll %cl, -8(%ebp)
.Lgoasm_659_634:
	rolw $1, %ax
.Lgoasm_660_635:
	rolw $5, %di
.Lgoasm_661_636:
	rolw %cl, %bx
.Lgoasm_662_637:
	rolb $1, %al
.Lgoasm_663_638:
	rolb $2, %ah
.Lgoasm_664_639:
	rolb %cl, %bl
.Lgoasm_665_640:
	rolb $7, (%ebx)
.Lgoasm_667_641:
	rorl $1, %eax
.Lgoasm_668_642:
	rorl $3, %ebx
.Lgoasm_669_643:
	rorl $31, %esi
.Lgoasm_670_644:
	rorl %cl, %edx
.Lgoasm_671_645:
	rorl $1, (%ebx)
.Lgoasm_672_646:
	rorl $4, 8(%ebx,%esi,4)
.Lgoasm_673_647:
	rorl %cl, -8(%ebp)
.Lgoasm_674_648:
	rorw $1, %ax
.Lgoasm_675_649:
	rorw $5, %di
.Lgoasm_676_650:
	rorw %cl, %bx
.Lgoasm_677_651:
	rorb $1, %al
.Lgoasm_678_652:
	rorb $2, %ah
.Lgoasm_679_653:
	rorb %cl, %bl
.Lgoasm_680_654:
	rorb $7, (%ebx)
.Lgoasm_682_655:
	shldl $3, %edx, %eax
.Lgoasm_683_656:
	shldl %cl, %edx, %eax
.Lgoasm_684_657:
	shrdl $3, %edx, %eax
.Lgoasm_685_658:
	shrdl %cl, %edx, %eax
.Lgoasm_686_659:
	shldl $31, %esi, (%ebx)
.Lgoasm_687_660:
	shrdl %cl, %ebx, 8(%ebx)
.Lgoasm_688_661:
	shldw $4, %dx, %ax
.Lgoasm_689_662:
	shrdw %cl, %dx, %ax
.Lgoasm_691_663:
	xchgb %al, %bl
.Lgoasm_692_664:
	xchgb %ah, %cl
.Lgoasm_693_665:
	xchgb %dl, (%ebx)
.Lgoasm_694_666:
	xchgl %eax, %eax
.Lgoasm_695_667:
	xchgl %eax, %ebx
.Lgoasm_696_668:
	xchgl %ebx, %eax
.Lgoasm_697_669:
	xchgl %ebx, %ecx
.Lgoasm_698_670:
	xchgl %esi, %edi
.Lgoasm_699_671:
	xchgl %ecx, (%ebx)
.Lgoasm_700_672:
	xchgl (%ebx), %ecx
.Lgoasm_701_673:
	xchgl %eax, sym(,1)
.Lgoasm_702_674:
	xchgw %ax, %cx
.Lgoasm_703_675:
	cmpxchgl %ecx, (%ebx)
.Lgoasm_704_676:
	cmpxchgl %edx, %ebx
.Lgoasm_705_677:
	cmpxchgl %esi, 8(%ebx,%esi,4)
.Lgoasm_706_678:
	cmpxchgb %cl, (%ebx)
.Lgoasm_707_679:
	cmpxchg8b (%edi)
.Lgoasm_708_680:
	xaddl %eax, (%ebx)
.Lgoasm_709_681:
	xaddl %eax, %ebx
.Lgoasm_710_682:
	xaddl %ecx, sym(,1)
.Lgoasm_711_683:
	xaddb %al, (%ebx)
.Lgoasm_712_684:
	lock
.Lgoasm_713_685:
	xaddl %eax, (%ebx)
.Lgoasm_714_686:
	lock
.Lgoasm_715_687:
	cmpxchgl %ecx, 4(%edx)
.Lgoasm_716_688:
	lock
.Lgoasm_717_689:
	incl (%ebx)
.Lgoasm_718_690:
	lock
.Lgoasm_719_691:
	orl $0, (%esp)
.Lgoasm_720_692:
	lock
	xaddl %ecx, 8(%ebx)
.Lgoasm_722_693:
	sete %al
.Lgoasm_723_694:
	setne %al
.Lgoasm_724_695:
	setl %al
.Lgoasm_725_696:
	setle %al
.Lgoasm_726_697:
	setg %al
.Lgoasm_727_698:
	setge %al
.Lgoasm_728_699:
	setb %al
.Lgoasm_729_700:
	setae %al
.Lgoasm_730_701:
	setbe %al
.Lgoasm_731_702:
	seta %al
.Lgoasm_732_703:
	sets %al
.Lgoasm_733_704:
	setns %al
.Lgoasm_734_705:
	seto %al
.Lgoasm_735_706:
	setno %al
.Lgoasm_736_707:
	setp %al
.Lgoasm_737_708:
	setnp %al
.Lgoasm_738_709:
	sete (%ebx)
.Lgoasm_739_710:
	setne (%ebx)
.Lgoasm_740_711:
	setl (%ebx)
.Lgoasm_741_712:
	setle (%ebx)
.Lgoasm_742_713:
	setg (%ebx)
.Lgoasm_743_714:
	setge (%ebx)
.Lgoasm_744_715:
	setb (%ebx)
.Lgoasm_745_716:
	setae (%ebx)
.Lgoasm_746_717:
	setbe (%ebx)
.Lgoasm_747_718:
	seta (%ebx)
.Lgoasm_748_719:
	sets (%ebx)
.Lgoasm_749_720:
	setns (%ebx)
.Lgoasm_750_721:
	seto (%ebx)
.Lgoasm_751_722:
	setno (%ebx)
.Lgoasm_752_723:
	setp (%ebx)
.Lgoasm_753_724:
	setnp (%ebx)
.Lgoasm_754_725:
	sete %bh
.Lgoasm_755_726:
	setne 8(%ebx,%esi,4)
.Lgoasm_756_727:
	seta sym(,1)
.Lgoasm_758_728:
	cmovel %ebx, %eax
.Lgoasm_759_729:
	cmovnel %ebx, %eax
.Lgoasm_760_730:
	cmovll %ebx, %eax
.Lgoasm_761_731:
	cmovlel %ebx, %eax
.Lgoasm_762_732:
	cmovgl %ebx, %eax
.Lgoasm_763_733:
	cmovgel %ebx, %eax
.Lgoasm_764_734:
	cmovbl %ebx, %eax
.Lgoasm_765_735:
	cmovael %ebx, %eax
.Lgoasm_766_736:
	cmovbel %ebx, %eax
.Lgoasm_767_737:
	cmoval %ebx, %eax
.Lgoasm_768_738:
	cmovsl %ebx, %eax
.Lgoasm_769_739:
	cmovnsl %ebx, %eax
.Lgoasm_770_740:
	cmovol %ebx, %eax
.Lgoasm_771_741:
	cmovnol %ebx, %eax
.Lgoasm_772_742:
	cmovpl %ebx, %eax
.Lgoasm_773_743:
	cmovnpl %ebx, %eax
.Lgoasm_774_744:
	cmovel 8(%ebx), %edx
.Lgoasm_775_745:
	cmovnel 8(%ebx), %edx
.Lgoasm_776_746:
	cmovll 8(%ebx), %edx
.Lgoasm_777_747:
	cmovlel 8(%ebx), %edx
.Lgoasm_778_748:
	cmoval (%ebx,%esi,4), %esi
.Lgoasm_779_749:
	cmovbl sym(,1), %edi
.Lgoasm_780_750:
	cmovew %bx, %ax
.Lgoasm_782_751:
	pushl %eax
.Lgoasm_783_752:
	pushl %ecx
.Lgoasm_784_753:
	pushl %edx
.Lgoasm_785_754:
	pushl %ebx
.Lgoasm_786_755:
	pushl %esp
.Lgoasm_787_756:
	pushl %ebp
.Lgoasm_788_757:
	pushl %esi
.Lgoasm_789_758:
	pushl %edi
.Lgoasm_790_759:
	pushl (%ebx)
.Lgoasm_791_760:
	pushl 8(%ebx)
.Lgoasm_792_761:
	pushl 16(%ebx,%esi,8)
.Lgoasm_793_762:
	pushl sym(,1)
.Lgoasm_794_763:
	pushl $0
.Lgoasm_795_764:
	pushl $1
.Lgoasm_796_765:
	pushl $-1
.Lgoasm_797_766:
	pushl $127
.Lgoasm_798_767:
	pushl $128
.Lgoasm_799_768:
	pushl $-129
.Lgoasm_800_769:
	pushl $305419896
.Lgoasm_801_770:
	pushl $4294967295
.Lgoasm_802_771:
	pushl $sym
.Lgoasm_803_772:
	popl %eax
.Lgoasm_804_773:
	popl %ecx
.Lgoasm_805_774:
	popl %edx
.Lgoasm_806_775:
	popl %ebx
.Lgoasm_807_776:
	popl %esp
.Lgoasm_808_777:
	popl %ebp
.Lgoasm_809_778:
	popl %esi
.Lgoasm_810_779:
	popl %edi
.Lgoasm_811_780:
	popl (%ebx)
.Lgoasm_812_781:
	popl 8(%ebx)
.Lgoasm_813_782:
	popl -8(%ebp)
.Lgoasm_814_783:
	popl 16(%ebx,%esi,8)
.Lgoasm_815_784:
	popl (%ebx,%esi,4)
.Lgoasm_816_785:
	popl 4(%esp)
.Lgoasm_817_786:
	popl sym(,1)
.Lgoasm_818_787:
	popl sym+8(,1)
.Lgoasm_819_788:
	popl %eax
.Lgoasm_820_789:
	popl %ecx
.Lgoasm_821_790:
	popl %edx
.Lgoasm_822_791:
	popl %esi
.Lgoasm_823_792:
	popl %edi
.Lgoasm_824_793:
	pushw %ax
.Lgoasm_825_794:
	popw %ax
.Lgoasm_826_795:
	pushfl
.Lgoasm_827_796:
	popfl
.Lgoasm_828_797:
	pushal
.Lgoasm_829_798:
	popal
.Lgoasm_831_799:
	call main.f
.Lgoasm_832_800:
	call *%eax
.Lgoasm_833_801:
	call *%edi
.Lgoasm_834_802:
	call *(%eax)
.Lgoasm_835_803:
	call *8(%ebx)
.Lgoasm_836_804:
	call *(%ebx,%esi,4)
.Lgoasm_837_805:
	call sym
.Lgoasm_838_806:
	jmp *%eax
.Lfe1:
	.size main.enc, .-main.enc
	.p2align 4, 0
	.pushsection pic386_functab,"a",@progbits
	.balign 4
	.long .Lfn1-., .Lfe1-., .Lfname1-., 0, 0, 4
	.section .rodata.str1.1,"aMS",@progbits,1
.Lfname1:
	.string "main.enc"
	.popsection
	.text
	.p2align 4, 0
	.globl main.enc2
	.type main.enc2, @function
main.enc2:
.Lfn2:
.Lgoasm_840_807:
	jmp *(%eax)
.Lfe2:
	.size main.enc2, .-main.enc2
	.p2align 4, 0
	.pushsection pic386_functab,"a",@progbits
	.balign 4
	.long .Lfn2-., .Lfe2-., .Lfname2-., 0, 0, 4
	.section .rodata.str1.1,"aMS",@progbits,1
.Lfname2:
	.string "main.enc2"
	.popsection
	.text
	.p2align 4, 0
	.globl main.enc3
	.type main.enc3, @function
main.enc3:
.Lfn3:
.Lgoasm_842_808:
	jmp *8(%ebx)
.Lfe3:
	.size main.enc3, .-main.enc3
	.p2align 4, 0
	.pushsection pic386_functab,"a",@progbits
	.balign 4
	.long .Lfn3-., .Lfe3-., .Lfname3-., 0, 0, 4
	.section .rodata.str1.1,"aMS",@progbits,1
.Lfname3:
	.string "main.enc3"
	.popsection
	.text
	.p2align 4, 0
	.globl main.enc4
	.type main.enc4, @function
main.enc4:
.Lfn4:
.Lgoasm_844_809:
	jmp main.f
.Lfe4:
	.size main.enc4, .-main.enc4
	.p2align 4, 0
	.pushsection pic386_functab,"a",@progbits
	.balign 4
	.long .Lfn4-., .Lfe4-., .Lfname4-., 0, 0, 4
	.section .rodata.str1.1,"aMS",@progbits,1
.Lfname4:
	.string "main.enc4"
	.popsection
	.text
	.p2align 4, 0
	.globl main.enc5
	.type main.enc5, @function
main.enc5:
.Lfn5:
.Lgoasm_846_810:
	ret
.Lfe5:
	.size main.enc5, .-main.enc5
	.p2align 4, 0
	.pushsection pic386_functab,"a",@progbits
	.balign 4
	.long .Lfn5-., .Lfe5-., .Lfname5-., 0, 0, 4
	.section .rodata.str1.1,"aMS",@progbits,1
.Lfname5:
	.string "main.enc5"
	.popsection
	.text
	.p2align 4, 0
	.globl main.enc6
	.type main.enc6, @function
main.enc6:
.Lfn6:
.Lgoasm_848_811:
	.byte 0xcd, 0x03
.Lgoasm_849_812:
	int $128
.Lgoasm_851_813:
	cpuid
.Lgoasm_852_814:
	rdtsc
.Lgoasm_853_815:
	cld
.Lgoasm_854_816:
	std
.Lgoasm_855_817:
	hlt
.Lgoasm_856_818:
	pause
.Lgoasm_857_819:
	mfence
.Lgoasm_858_820:
	lfence
.Lgoasm_859_821:
	sfence
.Lgoasm_860_822:
	bswap %eax
.Lgoasm_861_823:
	bsfl %ecx, %edx
.Lgoasm_862_824:
	bsrl (%ebx), %eax
.Lgoasm_863_825:
	btl $3, %eax
.Lgoasm_864_826:
	btl %ecx, (%ebx)
.Lgoasm_865_827:
	btsl $5, 8(%ebx)
.Lgoasm_866_828:
	btrl %edx, %eax
.Lgoasm_868_829:
	rep
	movsl
.Lgoasm_869_830:
	rep
	movsb
.Lgoasm_870_831:
	rep
	stosl
.Lgoasm_871_832:
	rep
	stosb
.Lgoasm_872_833:
	rep
.Lgoasm_873_834:
	movsl
.Lgoasm_874_835:
	rep
.Lgoasm_875_836:
	stosb
.Lgoasm_876_837:
	movsb
.Lgoasm_877_838:
	movsl
.Lgoasm_878_839:
	stosl
.Lgoasm_879_840:
	stosb
.Lgoasm_880_841:
	lodsl
.Lgoasm_881_842:
	lodsb
.Lgoasm_882_843:
	cmpsb
.Lgoasm_883_844:
	scasb
.Lgoasm_884_845:
	repne
	scasb
.Lgoasm_886_846:
	.byte 144
.Lgoasm_887_847:
	.byte 204
.Lgoasm_888_848:
	.word 4660
.Lgoasm_889_849:
	.long 305419896
.Lgoasm_892_850:
.Lb1:
	decl %ecx
.Lgoasm_893_851:
	loop .Lb1
.Lgoasm_894_852:
	jne .Lb1
.Lgoasm_895_853:
	incl %eax
.Lgoasm_896_854:
	jb .Lb1
.Lgoasm_897_855:
	incl %eax
.Lgoasm_899_856:
	je .Lb2
.Lgoasm_900_857:
	incl %eax
.Lgoasm_902_858:
.Lb2:
	jne .Lb3
.Lgoasm_903_859:
	incl %eax
.Lgoasm_905_860:
.Lb3:
	jl .Lb4
.Lgoasm_906_861:
	incl %eax
.Lgoasm_908_862:
.Lb4:
	jle .Lb5
.Lgoasm_909_863:
	incl %eax
.Lgoasm_911_864:
.Lb5:
	jg .Lb6
.Lgoasm_912_865:
	incl %eax
.Lgoasm_914_866:
.Lb6:
	jge .Lb7
.Lgoasm_915_867:
	incl %eax
.Lgoasm_917_868:
.Lb7:
	jb .Lb8
.Lgoasm_918_869:
	incl %eax
.Lgoasm_920_870:
.Lb8:
	jae .Lb9
.Lgoasm_921_871:
	incl %eax
.Lgoasm_923_872:
.Lb9:
	jbe .Lb10
.Lgoasm_924_873:
	incl %eax
.Lgoasm_926_874:
.Lb10:
	ja .Lb11
.Lgoasm_927_875:
	incl %eax
.Lgoasm_929_876:
.Lb11:
	js .Lb12
.Lgoasm_930_877:
	incl %eax
.Lgoasm_932_878:
.Lb12:
	jns .Lb13
.Lgoasm_933_879:
	incl %eax
.Lgoasm_935_880:
.Lb13:
	jo .Lb14
.Lgoasm_936_881:
	incl %eax
.Lgoasm_938_882:
.Lb14:
	jno .Lb15
.Lgoasm_939_883:
	incl %eax
.Lgoasm_941_884:
.Lb15:
	jp .Lb16
.Lgoasm_942_885:
	incl %eax
.Lgoasm_944_886:
.Lb16:
	jnp .Lb17
.Lgoasm_945_887:
	incl %eax
.Lgoasm_947_888:
.Lb17:
	ret
.Lfe6:
	.size main.enc6, .-main.enc6
	.p2align 4, 0
	.pushsection pic386_functab,"a",@progbits
	.balign 4
	.long .Lfn6-., .Lfe6-., .Lfname6-., 0, 0, 4
	.section .rodata.str1.1,"aMS",@progbits,1
.Lfname6:
	.string "main.enc6"
	.popsection
	.section .note.GNU-stack,"",@progbits
